package dev.careshop.application.data.port.in;

/**
 * Which kinds of business records the database holds. Administrators do not count: a fresh installation has its
 * first administrator before anything else.
 */
public record StoredData(boolean patients, boolean doctors, boolean categories, boolean products, boolean orders,
                         boolean usersOtherThanAdministrators) {

    /** Nothing but (perhaps) administrators: a database nobody has used yet. */
    public boolean isEmpty() {
        return !(patients || doctors || categories || products || orders || usersOtherThanAdministrators);
    }
}
