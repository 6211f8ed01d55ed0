package dev.careshop.adapter.persistence.clinic.doctor;

import dev.careshop.adapter.persistence.contract.RepositoryContractSlice;
import dev.careshop.application.contract.ClinicRepositories;
import dev.careshop.application.contract.DoctorRepositoryContract;
import org.springframework.beans.factory.annotation.Autowired;

@RepositoryContractSlice
class DoctorPersistenceAdapterContractTest extends DoctorRepositoryContract {

    @Autowired
    DoctorPersistenceAdapterContractTest(ClinicRepositories clinic) {
        super(clinic);
    }
}
