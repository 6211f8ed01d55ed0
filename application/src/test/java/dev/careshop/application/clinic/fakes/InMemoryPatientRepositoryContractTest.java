package dev.careshop.application.clinic.fakes;

import dev.careshop.application.clinic.ClinicFixture;
import dev.careshop.application.contract.PatientRepositoryContract;

class InMemoryPatientRepositoryContractTest extends PatientRepositoryContract {

    InMemoryPatientRepositoryContractTest() {
        super(new ClinicFixture().repositories());
    }
}
