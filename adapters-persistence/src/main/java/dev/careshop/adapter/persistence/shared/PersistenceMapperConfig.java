package dev.careshop.adapter.persistence.shared;

import org.mapstruct.InjectionStrategy;
import org.mapstruct.MapperConfig;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

/** Shared settings of every entity mapper: Spring beans, constructor injection, and no silently unmapped field. */
@MapperConfig(
        componentModel = MappingConstants.ComponentModel.SPRING,
        injectionStrategy = InjectionStrategy.CONSTRUCTOR,
        unmappedTargetPolicy = ReportingPolicy.ERROR,
        uses = ValueObjectMapper.class)
public interface PersistenceMapperConfig {
}
