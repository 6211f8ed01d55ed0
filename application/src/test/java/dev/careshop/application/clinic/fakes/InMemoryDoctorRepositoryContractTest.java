package dev.careshop.application.clinic.fakes;

import dev.careshop.application.clinic.ClinicFixture;
import dev.careshop.application.contract.DoctorRepositoryContract;

class InMemoryDoctorRepositoryContractTest extends DoctorRepositoryContract {

    InMemoryDoctorRepositoryContractTest() {
        super(new ClinicFixture().repositories());
    }
}
