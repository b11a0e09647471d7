package nl.werkstroom.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** Limits on what a client may send: {@code werkstroom.request-limits.*}. */
@ConfigurationProperties("werkstroom.request-limits")
public record RequestLimitProperties(@DefaultValue("10MB") DataSize maxBodySize) {
}
