package dev.careshop.application.clinic.fakes;

import dev.careshop.application.clinic.ClinicFixture;
import dev.careshop.application.contract.AppointmentRepositoryContract;

class InMemoryAppointmentRepositoryContractTest extends AppointmentRepositoryContract {

    InMemoryAppointmentRepositoryContractTest() {
        super(new ClinicFixture().repositories());
    }
}
