package nl.werkstroom.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.core.io.Resource;

/** A model or form found on the classpath, named by its path from {@code processes/} or {@code forms/}. */
record ModelResource(String name, String processFolder, Resource resource) {

  static ModelResource of(Resource resource) {
    String path = pathOf(resource);
    int root = Math.max(path.lastIndexOf("/processes/"), path.lastIndexOf("/forms/"));
    String name = path.substring(root + 1);
    String processFolder = name.split("/")[1];
    return new ModelResource(name, processFolder, resource);
  }

  private static String pathOf(Resource resource) {
    try {
      return resource.getURL().toString();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot locate model " + resource, e);
    }
  }
}
