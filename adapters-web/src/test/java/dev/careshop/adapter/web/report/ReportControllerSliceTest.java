package dev.careshop.adapter.web.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.careshop.adapter.web.WebSlice;
import dev.careshop.application.report.sales.port.in.CategoryPerformance;
import dev.careshop.application.report.sales.port.in.GetCategoryPerformanceUseCase;
import dev.careshop.application.report.sales.port.in.GetProductSalesUseCase;
import dev.careshop.application.report.sales.port.in.MonthlySales;
import dev.careshop.application.report.sales.port.in.ProductSales;
import dev.careshop.application.report.sales.port.in.ReportPeriod;
import dev.careshop.application.report.sales.port.in.SalesMonths;
import dev.careshop.application.report.users.port.in.GetUserStatisticsUseCase;
import dev.careshop.application.report.users.port.in.UserStatistics;
import dev.careshop.domain.shared.NotFoundException;
import dev.careshop.domain.shop.category.CategoryId;
import dev.careshop.domain.shop.product.ProductId;
import dev.careshop.domain.shop.user.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MvcResult;

@WebMvcTest(ReportController.class)
class ReportControllerSliceTest extends WebSlice {

    private static final String USERS = "/api/reports/users";
    private static final String CATEGORIES = "/api/reports/categories";
    private static final String PRODUCT_ID = "0196a3c2-7f1e-7a7b-9c55-2f4b8d1e6a10";
    private static final UUID PRODUCT = UUID.fromString(PRODUCT_ID);
    private static final UUID CATEGORY = UUID.fromString("0196a3c3-0a1b-7c2d-8e3f-4a5b6c7d8e9f");
    private static final String SALES = "/api/reports/products/" + PRODUCT_ID + "/sales";
    private static final MediaType CSV = MediaType.parseMediaType("text/csv");

    @MockitoBean GetUserStatisticsUseCase userStatistics;
    @MockitoBean GetProductSalesUseCase productSales;
    @MockitoBean GetCategoryPerformanceUseCase categoryPerformance;

    private void givenUserStatistics() {
        given(userStatistics.statistics()).willReturn(new UserStatistics(10, 8, 2, 3,
                Map.of(Role.CUSTOMER, 7L, Role.ADMIN, 1L)));
    }

    private void givenCategories() {
        given(categoryPerformance.performance(any())).willReturn(List.of(
                new CategoryPerformance(new CategoryId(CATEGORY), "=HYPERLINK(\"x\")", 2, 4, new BigDecimal("114.01"), new BigDecimal("5.505")),
                new CategoryPerformance(null, CategoryPerformance.UNCATEGORISED, 1, 0, BigDecimal.ZERO, null)));
    }

    @Test
    void userStatisticsAnswerEveryCountAndEveryRoleAsJson() throws Exception {
        givenUserStatistics();

        MvcResult result = mvc.perform(get(USERS))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.byRole.CUSTOMER").value(7))
                .andExpect(jsonPath("$.byRole.STAFF").value(0))
                .andReturn();

        assertThat(properties(result, "")).containsExactlyInAnyOrder(
                "totalUsers", "activeUsers", "inactiveUsers", "registeredLast30Days", "byRole");
        assertThat(properties(result, "/byRole")).containsExactlyInAnyOrder("CUSTOMER", "STAFF", "ADMIN");
    }

    @Test
    void userStatisticsAsCsvAreOneLineUnderTheHeaderInANamedFile() throws Exception {
        givenUserStatistics();

        mvc.perform(get(USERS).accept(CSV))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"user-statistics.csv\""))
                .andExpect(content().string("totalUsers,activeUsers,inactiveUsers,registeredLast30Days,byRole.CUSTOMER,"
                        + "byRole.STAFF,byRole.ADMIN\r\n10,8,2,3,7,0,1\r\n"));
    }

    @Test
    void productSalesAnswerEachMonthWithRevenueAsANumberWithTwoDecimals() throws Exception {
        given(productSales.salesOf(new ProductId(PRODUCT), new SalesMonths(2))).willReturn(new ProductSales(new ProductId(PRODUCT),
                "Ibuprofen 400", List.of(new MonthlySales(YearMonth.of(2026, 10), 0, BigDecimal.ZERO),
                new MonthlySales(YearMonth.of(2026, 11), 42, new BigDecimal("209.58")))));

        MvcResult result = mvc.perform(get(SALES).param("months", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.productId").value(PRODUCT.toString()))
                .andExpect(jsonPath("$.months[1].year").value(2026))
                .andExpect(jsonPath("$.months[1].month").value(11))
                .andExpect(jsonPath("$.months[1].quantity").value(42))
                .andReturn();

        assertThat(properties(result, "")).containsExactlyInAnyOrder("productId", "productName", "months");
        assertThat(properties(result, "/months/0")).containsExactlyInAnyOrder("year", "month", "quantity", "revenue");
        assertThat(node(result, "/months/0/revenue").decimalValue()).isEqualTo(new BigDecimal("0.00"));
        assertThat(node(result, "/months/1/revenue").decimalValue()).isEqualTo(new BigDecimal("209.58"));
        mvc.perform(get(SALES).param("months", "2").accept(CSV))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"product-sales-" + PRODUCT + ".csv\""))
                .andExpect(content().string("year,month,quantity,revenue\r\n2026,10,0,0.00\r\n2026,11,42,209.58\r\n"));
    }

    @Test
    void productSalesCoverTwelveMonthsByDefault() throws Exception {
        given(productSales.salesOf(any(), any())).willReturn(new ProductSales(new ProductId(PRODUCT), "Ibuprofen 400", List.of()));

        mvc.perform(get(SALES)).andExpect(status().isOk());

        verify(productSales).salesOf(new ProductId(PRODUCT), new SalesMonths(12));
    }

    @Test
    void productSalesOfAnUnknownProductAreA404AlsoWhenCsvIsAskedFor() throws Exception {
        given(productSales.salesOf(any(), any())).willThrow(new NotFoundException("Product", PRODUCT));

        mvc.perform(get(SALES)).andExpect(problem(404, "not-found"));
        mvc.perform(get(SALES).accept(CSV)).andExpect(problem(404, "not-found"));
    }

    @ParameterizedTest(name = "months={0}")
    @ValueSource(strings = {"0", "61", "-1", "abc", "1.5", "99999999999"})
    void monthsOutsideOneToSixtyOrNotAWholeNumberAreA400NamingTheParameterAlsoForCsv(String months) throws Exception {
        mvc.perform(get(SALES).param("months", months)).andExpect(invalid("months"));
        mvc.perform(get(SALES).param("months", months).accept(CSV)).andExpect(invalid("months"));
        verifyNoInteractions(productSales);
    }

    @Test
    void aMalformedProductIdIsA400NamingIt() throws Exception {
        mvc.perform(get("/api/reports/products/not-a-uuid/sales")).andExpect(invalid("id"));
    }

    @Test
    void categoriesAnswerThePeriodAndEveryLineWithAmountsAsNumbersWithTwoDecimals() throws Exception {
        givenCategories();

        MvcResult result = mvc.perform(get(CATEGORIES).param("from", "2026-01-01").param("to", "2026-12-31"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2026-01-01"))
                .andExpect(jsonPath("$.categories[0].categoryId").value(CATEGORY.toString()))
                .andExpect(jsonPath("$.categories[1].categoryId").isEmpty())
                .andExpect(jsonPath("$.categories[1].averagePrice").isEmpty())
                .andReturn();

        assertThat(properties(result, "")).containsExactlyInAnyOrder("from", "to", "categories");
        assertThat(properties(result, "/categories/0")).containsExactlyInAnyOrder(
                "categoryId", "name", "productCount", "unitsSold", "revenue", "averagePrice");
        assertThat(node(result, "/categories/0/revenue").decimalValue()).isEqualTo(new BigDecimal("114.01"));
        assertThat(node(result, "/categories/0/averagePrice").decimalValue()).isEqualTo(new BigDecimal("5.51"));
        assertThat(node(result, "/categories/1/revenue").decimalValue()).isEqualTo(new BigDecimal("0.00"));
        verify(categoryPerformance).performance(new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
    }

    @Test
    void categoriesAsCsvHaveEmptyCellsForNullsAndDefuseFormulas() throws Exception {
        givenCategories();

        mvc.perform(get(CATEGORIES).accept(CSV))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"category-performance.csv\""))
                .andExpect(content().string("categoryId,name,productCount,unitsSold,revenue,averagePrice\r\n"
                        + CATEGORY + ",\"'=HYPERLINK(\"\"x\"\")\",2,4,114.01,5.51\r\n"
                        + ",Uncategorised,1,0,0.00,\r\n"));
        verify(categoryPerformance).performance(ReportPeriod.ALL_TIME);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
            "from, 2026-13-01", "from, 2026-02-30", "from, yesterday", "from, 2026-11-21T10:15:30Z", "to, 01.12.2026",
            "to, +10000-01-01", "from, -0001-12-31", "to, 0000-12-31"})
    void aMalformedOrUnsupportedDateIsA400NamingItsParameter(String parameter, String value) throws Exception {
        mvc.perform(get(CATEGORIES).param(parameter, value)).andExpect(invalid(parameter));
        verifyNoInteractions(categoryPerformance);
    }

    @Test
    void fromAfterToIsA400NamingFromAlsoForCsv() throws Exception {
        mvc.perform(get(CATEGORIES).param("from", "2026-12-02").param("to", "2026-12-01"))
                .andExpect(invalid("from"))
                .andExpect(jsonPath("$.errors[0].message").value("must not be after to (2026-12-01)"));
        mvc.perform(get(CATEGORIES).param("from", "2026-12-02").param("to", "2026-12-01").accept(CSV)).andExpect(invalid("from"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {USERS, CATEGORIES, SALES})
    void jsonIsTheDefaultAndAnotherFormatIsNotAcceptable(String path) throws Exception {
        givenUserStatistics();
        givenCategories();
        given(productSales.salesOf(any(), any())).willReturn(new ProductSales(new ProductId(PRODUCT), "Ibuprofen 400", List.of()));

        mvc.perform(get(path)).andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_JSON));
        mvc.perform(get(path).accept(MediaType.ALL)).andExpect(content().contentType(MediaType.APPLICATION_JSON));
        mvc.perform(get(path).accept(MediaType.APPLICATION_XML))
                .andExpect(problem(406, "not-acceptable"))
                .andExpect(header().string(HttpHeaders.ACCEPT, "application/json, text/csv"));
    }
}
