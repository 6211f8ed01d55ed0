package dev.careshop.adapter.persistence.clinic.patient;

import dev.careshop.adapter.persistence.contract.RepositoryContractSlice;
import dev.careshop.application.contract.ClinicRepositories;
import dev.careshop.application.contract.PatientRepositoryContract;
import org.springframework.beans.factory.annotation.Autowired;

@RepositoryContractSlice
class PatientPersistenceAdapterContractTest extends PatientRepositoryContract {

    @Autowired
    PatientPersistenceAdapterContractTest(ClinicRepositories clinic) {
        super(clinic);
    }
}
