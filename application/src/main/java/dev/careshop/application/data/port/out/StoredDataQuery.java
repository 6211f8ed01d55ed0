package dev.careshop.application.data.port.out;

import dev.careshop.application.data.port.in.StoredData;

/** Whether each kind of business record exists, in one statement whatever the tables hold. */
public interface StoredDataQuery {

    StoredData storedData();
}
