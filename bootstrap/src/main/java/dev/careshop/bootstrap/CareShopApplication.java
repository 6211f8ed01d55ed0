package dev.careshop.bootstrap;

import dev.careshop.adapter.persistence.PersistenceConfiguration;
import dev.careshop.adapter.web.WebConfiguration;
import dev.careshop.bootstrap.config.BuildTimeBeanDefinitions;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/**
 * Starts CareShop. The adapters bring their own configuration; the application's services are created in
 * {@code config}, so the core needs no component scanning and no Spring annotation.
 */
@SpringBootApplication
@Import({PersistenceConfiguration.class, WebConfiguration.class})
public class CareShopApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(CareShopApplication.class);
        application.addListeners(new BuildTimeBeanDefinitions());
        application.run(args);
    }
}
