package dev.careshop.application.data.service;

import dev.careshop.application.data.port.in.CheckStoredDataUseCase;
import dev.careshop.application.data.port.in.StoredData;
import dev.careshop.application.data.port.out.StoredDataQuery;
import dev.careshop.application.shared.UseCase;

/**
 * Reads which kinds of records exist. Not a list of patients: it reads no patient's data, so it writes no access-trail
 * entry and needs no signed-in user.
 */
@UseCase(readOnly = true)
public class CheckStoredDataService implements CheckStoredDataUseCase {

    private final StoredDataQuery query;

    public CheckStoredDataService(StoredDataQuery query) {
        this.query = query;
    }

    @Override
    public StoredData check() {
        return query.storedData();
    }
}
