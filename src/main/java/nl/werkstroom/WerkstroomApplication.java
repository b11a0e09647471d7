package nl.werkstroom;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class WerkstroomApplication {

  public static void main(String[] args) {
    SpringApplication.run(WerkstroomApplication.class, args);
  }
}
