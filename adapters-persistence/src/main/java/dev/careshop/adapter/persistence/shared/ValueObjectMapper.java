package dev.careshop.adapter.persistence.shared;

import dev.careshop.domain.shared.EmailAddress;
import org.springframework.stereotype.Component;

/** Conversions between the domain's small value objects and the plain columns that store them. */
@Component
public class ValueObjectMapper {

    public EmailAddress toEmail(String value) {
        return EmailAddress.ofNullable(value);
    }

    public String fromEmail(EmailAddress email) {
        return email == null ? null : email.value();
    }
}
