package dev.careshop.bootstrap.config;

import dev.careshop.application.data.port.in.CheckStoredDataUseCase;
import dev.careshop.application.data.port.out.StoredDataQuery;
import dev.careshop.application.data.service.CheckStoredDataService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Whether the database holds business records (used by the demo data, which fills only an empty one). */
@Configuration(proxyBeanMethods = false)
class StoredDataUseCaseConfiguration {

    @Bean
    CheckStoredDataUseCase checkStoredDataUseCase(StoredDataQuery query) {
        return new CheckStoredDataService(query);
    }
}
