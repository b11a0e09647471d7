package nl.werkstroom.integration.tekst;

/**
 * A kind of template file: how messages call it ({@code e-mailsjabloon}), the prefix of its first
 * line ({@code Onderwerp:}) and what that line holds ({@code onderwerp}), the classpath folder of
 * its files ({@code mail}), and a name to show as an example of a valid template name.
 */
public record TemplateKind(String label, String headerPrefix, String headerName, String folder, String example) {
}
