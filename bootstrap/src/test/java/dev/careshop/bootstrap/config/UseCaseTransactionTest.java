package dev.careshop.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careshop.application.clinic.doctor.service.FindDoctorsService;
import dev.careshop.application.clinic.patient.port.in.RegisterPatientCommand;
import dev.careshop.application.clinic.patient.service.RegisterPatientService;
import dev.careshop.application.shared.UseCase;
import dev.careshop.bootstrap.support.HttpTest;
import dev.careshop.domain.clinic.doctor.DoctorId;
import dev.careshop.domain.clinic.patient.PatientId;
import dev.careshop.domain.clinic.patient.PatientRepository;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.interceptor.TransactionAttribute;
import org.springframework.transaction.interceptor.TransactionInterceptor;

/** Every use case is one transaction, and persistence refuses to work outside one. */
class UseCaseTransactionTest extends HttpTest {

    @Autowired
    private ApplicationContext context;

    @Autowired
    private PatientRepository patients;

    @Test
    void everyUseCaseBeanRunsInsideTheTransactionInterceptor() {
        Map<String, Object> useCases = context.getBeansWithAnnotation(UseCase.class);

        assertThat(useCases).hasSizeGreaterThanOrEqualTo(19).allSatisfy((name, bean) -> {
            assertThat(AopUtils.isAopProxy(bean)).as("%s is proxied", name).isTrue();
            assertThat(Arrays.stream(((Advised) bean).getAdvisors()).map(advisor -> advisor.getAdvice()))
                    .as("%s is advised by a transaction interceptor", name)
                    .anyMatch(TransactionInterceptor.class::isInstance);
        });
    }

    @Test
    void queriesAreReadOnlyAndCommandsAreNotAndBothRollBackOnAnyException() throws NoSuchMethodException {
        UseCaseTransactionConfiguration.UseCaseTransactionAttributes attributes =
                new UseCaseTransactionConfiguration.UseCaseTransactionAttributes();
        // Reading a patient writes the access trail, so it is no longer read-only; reading a doctor still is.
        Method get = FindDoctorsService.class.getMethod("get", DoctorId.class);
        Method register = RegisterPatientService.class.getMethod("register", RegisterPatientCommand.class);

        TransactionAttribute query = attributes.getTransactionAttribute(get, FindDoctorsService.class);
        TransactionAttribute command = attributes.getTransactionAttribute(register, RegisterPatientService.class);

        assertThat(query.isReadOnly()).isTrue();
        assertThat(command.isReadOnly()).isFalse();
        assertThat(command.rollbackOn(new Exception("checked"))).isTrue();
        assertThat(command.rollbackOn(new IllegalStateException("unchecked"))).isTrue();
        assertThat(attributes.getTransactionAttribute(get, String.class)).as("not a use case").isNull();
    }

    @Test
    void aPersistenceAdapterCalledOutsideAUseCaseFailsAtOnce() {
        assertThatThrownBy(() -> patients.findById(PatientId.newId()))
                .isInstanceOf(IllegalTransactionStateException.class);
    }
}
