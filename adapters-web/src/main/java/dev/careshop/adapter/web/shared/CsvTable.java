package dev.careshop.adapter.web.shared;

import java.util.List;

/**
 * A response that can also be sent as {@code text/csv} (reports: people open them in a spreadsheet). Its columns are
 * named like the JSON properties they repeat, and its rows are the JSON's rows, in the same order.
 * {@link CsvHttpMessageConverter} writes it when the client asks for CSV.
 */
public interface CsvTable {

    /** The name a browser saves the file under, without {@code .csv}. */
    String csvFileName();

    List<String> csvHeader();

    /** One list of cells per row, as many as the header names; {@code null} is an empty cell. */
    List<List<?>> csvRows();
}
