package dev.careshop.adapter.persistence.shared;

import java.util.Optional;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.springframework.dao.DataIntegrityViolationException;

/** Reads which PostgreSQL constraint a failed statement broke, so adapters can answer in the domain's terms. */
public final class ConstraintViolations {

    private ConstraintViolations() {
    }

    /** The name of the violated constraint (or unique index), if PostgreSQL reported one. */
    public static Optional<String> constraintName(DataIntegrityViolationException exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof PSQLException psql) {
                ServerErrorMessage message = psql.getServerErrorMessage();
                return Optional.ofNullable(message == null ? null : message.getConstraint());
            }
        }
        return Optional.empty();
    }

    public static boolean violates(DataIntegrityViolationException exception, String constraint) {
        return constraintName(exception).filter(constraint::equalsIgnoreCase).isPresent();
    }
}
