package dev.careshop.adapter.web.shared;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Writes a {@link CsvTable} as {@code text/csv; charset=UTF-8}, with a {@code Content-Disposition} naming the file.
 * It only writes: no endpoint reads CSV. Endpoints offering CSV list JSON first in {@code produces}, so JSON stays
 * the answer to a client that does not say which it wants.
 */
public class CsvHttpMessageConverter extends AbstractHttpMessageConverter<CsvTable> {

    public static final String TEXT_CSV_VALUE = "text/csv";
    public static final MediaType TEXT_CSV = MediaType.parseMediaType(TEXT_CSV_VALUE);

    public CsvHttpMessageConverter() {
        super(StandardCharsets.UTF_8, TEXT_CSV);
    }

    @Override
    protected boolean supports(Class<?> type) {
        return CsvTable.class.isAssignableFrom(type);
    }

    @Override
    protected boolean canRead(MediaType mediaType) {
        return false;
    }

    @Override
    protected CsvTable readInternal(Class<? extends CsvTable> type, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("CSV is only written", input);
    }

    @Override
    protected void writeInternal(CsvTable table, HttpOutputMessage output) throws IOException {
        output.getHeaders().setContentDisposition(ContentDisposition.attachment()
                .filename(table.csvFileName() + ".csv").build());
        output.getBody().write(Csv.write(table.csvHeader(), table.csvRows()).getBytes(StandardCharsets.UTF_8));
    }
}
