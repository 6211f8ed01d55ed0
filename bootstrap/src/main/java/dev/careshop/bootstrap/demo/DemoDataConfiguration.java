package dev.careshop.bootstrap.demo;

import dev.careshop.application.clinic.appointment.port.in.BookAppointmentUseCase;
import dev.careshop.application.clinic.appointment.port.in.ChangeAppointmentStatusUseCase;
import dev.careshop.application.clinic.appointment.port.in.WritePrescriptionUseCase;
import dev.careshop.application.clinic.doctor.port.in.RegisterDoctorUseCase;
import dev.careshop.application.clinic.patient.port.in.RegisterPatientUseCase;
import dev.careshop.application.data.port.in.CheckStoredDataUseCase;
import dev.careshop.application.shop.category.port.in.CreateCategoryUseCase;
import dev.careshop.application.shop.order.port.in.CancelOrderUseCase;
import dev.careshop.application.shop.order.port.in.DeliverOrderUseCase;
import dev.careshop.application.shop.order.port.in.PayOrderUseCase;
import dev.careshop.application.shop.order.port.in.PlaceOrderUseCase;
import dev.careshop.application.shop.order.port.in.ShipOrderUseCase;
import dev.careshop.application.shop.product.port.in.CreateProductUseCase;
import dev.careshop.application.shop.user.port.in.ChangeUserActiveUseCase;
import dev.careshop.application.shop.user.port.in.ChangeUserRoleUseCase;
import dev.careshop.application.shop.user.port.in.RegisterUserUseCase;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The demo data's beans. They are always made (a handful of small objects holding use cases); the seeder runs only
 * with {@code careshop.demo-data.enabled=true} ({@code CARESHOP_DEMO_DATA}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DemoDataProperties.class)
class DemoDataConfiguration {

    @Bean
    DemoSteps demoSteps(SeedingClock clock) {
        return new DemoSteps(clock);
    }

    @Bean
    ClinicSeeding clinicSeeding(RegisterDoctorUseCase registerDoctor, RegisterPatientUseCase registerPatient,
                                BookAppointmentUseCase bookAppointment, ChangeAppointmentStatusUseCase changeStatus,
                                WritePrescriptionUseCase writePrescription, DemoSteps steps) {
        return new ClinicSeeding(registerDoctor, registerPatient, bookAppointment, changeStatus, writePrescription, steps);
    }

    @Bean
    ShopSeeding shopSeeding(RegisterUserUseCase registerUser, ChangeUserRoleUseCase changeRole,
                            ChangeUserActiveUseCase changeActive, CreateCategoryUseCase createCategory,
                            CreateProductUseCase createProduct, PlaceOrderUseCase placeOrder, PayOrderUseCase payOrder,
                            ShipOrderUseCase shipOrder, DeliverOrderUseCase deliverOrder, CancelOrderUseCase cancelOrder,
                            DemoSteps steps) {
        return new ShopSeeding(registerUser, changeRole, changeActive, createCategory, createProduct, placeOrder, payOrder,
                shipOrder, deliverOrder, cancelOrder, steps);
    }

    @Bean
    DemoDataLock demoDataLock(DataSource dataSource) {
        return new DemoDataLock(dataSource);
    }

    @Bean
    DemoDataSeeder demoDataSeeder(DemoDataProperties properties, CheckStoredDataUseCase checkStoredData,
                                  ClinicSeeding clinic, ShopSeeding shop, DemoDataLock lock, SeedingClock clock) {
        return new DemoDataSeeder(properties, checkStoredData, clinic, shop, lock, clock);
    }
}
