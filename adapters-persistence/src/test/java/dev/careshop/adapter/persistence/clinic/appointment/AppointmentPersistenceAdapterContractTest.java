package dev.careshop.adapter.persistence.clinic.appointment;

import dev.careshop.adapter.persistence.contract.RepositoryContractSlice;
import dev.careshop.application.contract.ClinicRepositories;
import dev.careshop.application.contract.AppointmentRepositoryContract;
import org.springframework.beans.factory.annotation.Autowired;

@RepositoryContractSlice
class AppointmentPersistenceAdapterContractTest extends AppointmentRepositoryContract {

    @Autowired
    AppointmentPersistenceAdapterContractTest(ClinicRepositories clinic) {
        super(clinic);
    }
}
