package dev.careshop.application.data.port.in;

/** For operations (filling an empty database with demo data): whether the database already holds business records. */
public interface CheckStoredDataUseCase {

    StoredData check();
}
