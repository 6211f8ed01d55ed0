package dev.careshop.adapter.web;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import dev.careshop.adapter.web.clinic.appointment.AppointmentController;
import dev.careshop.adapter.web.clinic.appointment.PrescriptionController;
import dev.careshop.adapter.web.clinic.doctor.DoctorController;
import dev.careshop.adapter.web.clinic.patient.PatientController;
import dev.careshop.adapter.web.shop.category.CategoryController;
import dev.careshop.adapter.web.shop.product.ProductController;
import dev.careshop.adapter.web.shop.user.UserAccountController;
import dev.careshop.adapter.web.shop.user.UserController;
import dev.careshop.adapter.web.shop.user.UserPostController;
import dev.careshop.application.clinic.appointment.port.in.BookAppointmentUseCase;
import dev.careshop.application.clinic.appointment.port.in.ChangeAppointmentStatusUseCase;
import dev.careshop.application.clinic.appointment.port.in.DeleteAppointmentUseCase;
import dev.careshop.application.clinic.appointment.port.in.GetAppointmentUseCase;
import dev.careshop.application.clinic.appointment.port.in.GetPrescriptionUseCase;
import dev.careshop.application.clinic.appointment.port.in.ListAppointmentsUseCase;
import dev.careshop.application.clinic.appointment.port.in.RemovePrescriptionUseCase;
import dev.careshop.application.clinic.appointment.port.in.WritePrescriptionUseCase;
import dev.careshop.application.clinic.doctor.port.in.DeleteDoctorUseCase;
import dev.careshop.application.clinic.doctor.port.in.FindDoctorsUseCase;
import dev.careshop.application.clinic.doctor.port.in.RegisterDoctorUseCase;
import dev.careshop.application.clinic.doctor.port.in.UpdateDoctorUseCase;
import dev.careshop.application.clinic.patient.port.in.DeletePatientUseCase;
import dev.careshop.application.clinic.patient.port.in.GetPatientHistoryUseCase;
import dev.careshop.application.clinic.patient.port.in.GetPatientUseCase;
import dev.careshop.application.clinic.patient.port.in.ListPatientsUseCase;
import dev.careshop.application.clinic.patient.port.in.RegisterPatientUseCase;
import dev.careshop.application.clinic.patient.port.in.UpdatePatientUseCase;
import dev.careshop.application.shop.category.port.in.CreateCategoryUseCase;
import dev.careshop.application.shop.category.port.in.DeleteCategoryUseCase;
import dev.careshop.application.shop.category.port.in.FindCategoriesUseCase;
import dev.careshop.application.shop.category.port.in.UpdateCategoryUseCase;
import dev.careshop.application.shop.product.port.in.AdjustStockUseCase;
import dev.careshop.application.shop.product.port.in.CreateProductUseCase;
import dev.careshop.application.shop.product.port.in.DeleteProductUseCase;
import dev.careshop.application.shop.product.port.in.GetProductUseCase;
import dev.careshop.application.shop.product.port.in.ListProductsUseCase;
import dev.careshop.application.shop.product.port.in.UpdateProductUseCase;
import dev.careshop.application.shop.user.port.in.ChangePasswordUseCase;
import dev.careshop.application.shop.user.port.in.ChangeUserActiveUseCase;
import dev.careshop.application.shop.user.port.in.ChangeUserRoleUseCase;
import dev.careshop.application.shop.user.port.in.ChangeUsersStatusUseCase;
import dev.careshop.application.shop.user.port.in.DeleteInactiveUsersUseCase;
import dev.careshop.application.shop.user.port.in.DeleteUserUseCase;
import dev.careshop.application.shop.user.port.in.GetCurrentUserUseCase;
import dev.careshop.application.shop.user.port.in.GetPostUseCase;
import dev.careshop.application.shop.user.port.in.GetUserUseCase;
import dev.careshop.application.shop.user.port.in.ListPostsUseCase;
import dev.careshop.application.shop.user.port.in.ListUsersUseCase;
import dev.careshop.application.shop.user.port.in.RegisterUserUseCase;
import dev.careshop.application.shop.user.port.in.UpdateUserUseCase;
import dev.careshop.application.shop.user.port.in.WritePostUseCase;
import dev.careshop.domain.clinic.appointment.AppointmentId;
import dev.careshop.domain.clinic.appointment.AppointmentStatus;
import dev.careshop.domain.clinic.appointment.IllegalStatusTransitionException;
import dev.careshop.domain.clinic.appointment.PrescriptionId;
import dev.careshop.domain.clinic.appointment.PrescriptionNotAllowedException;
import dev.careshop.domain.clinic.appointment.SlotTakenException;
import dev.careshop.domain.clinic.doctor.DoctorHasAppointmentsException;
import dev.careshop.domain.clinic.doctor.DoctorId;
import dev.careshop.domain.clinic.patient.PatientId;
import dev.careshop.domain.shared.DuplicateValueException;
import dev.careshop.domain.shared.MissingReferenceException;
import dev.careshop.domain.shared.NotFoundException;
import dev.careshop.domain.shared.NotPermittedException;
import dev.careshop.domain.shared.StaleVersionException;
import dev.careshop.domain.shop.category.CategoryHasProductsException;
import dev.careshop.domain.shop.category.CategoryId;
import dev.careshop.domain.shop.product.ProductId;
import dev.careshop.domain.shop.product.StockAdjustment;
import dev.careshop.domain.shop.product.StockAdjustmentRefusedException;
import dev.careshop.domain.shop.user.InactiveUserException;
import dev.careshop.domain.shop.user.LastAdministratorException;
import dev.careshop.domain.shop.user.PostId;
import dev.careshop.domain.shop.user.UnknownUsersException;
import dev.careshop.domain.shop.user.UserHasOrdersException;
import dev.careshop.domain.shop.user.UserId;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * What every controller shares: when its use case refuses (a domain exception), the answer is that exception's
 * problem (status, type, and the field it names), whichever controller called. One row per refusal, over the
 * controllers whose use cases throw the shared domain exceptions; a controller's own slice keeps its JSON, its
 * validation and what it hands the use case. Each row stubs its use case (looked up by type among the mocks) to
 * throw, sends a request the controller accepts, and expects the problem.
 */
@WebMvcTest({DoctorController.class, PatientController.class, AppointmentController.class, PrescriptionController.class,
        CategoryController.class, ProductController.class, UserController.class, UserAccountController.class,
        UserPostController.class})
@MockitoBean(types = {
        RegisterDoctorUseCase.class, UpdateDoctorUseCase.class, DeleteDoctorUseCase.class, FindDoctorsUseCase.class,
        RegisterPatientUseCase.class, UpdatePatientUseCase.class, DeletePatientUseCase.class, GetPatientUseCase.class,
        ListPatientsUseCase.class, GetPatientHistoryUseCase.class,
        BookAppointmentUseCase.class, GetAppointmentUseCase.class, ListAppointmentsUseCase.class,
        DeleteAppointmentUseCase.class, ChangeAppointmentStatusUseCase.class,
        WritePrescriptionUseCase.class, GetPrescriptionUseCase.class, RemovePrescriptionUseCase.class,
        CreateCategoryUseCase.class, UpdateCategoryUseCase.class, DeleteCategoryUseCase.class, FindCategoriesUseCase.class,
        CreateProductUseCase.class, UpdateProductUseCase.class, DeleteProductUseCase.class, GetProductUseCase.class,
        ListProductsUseCase.class, AdjustStockUseCase.class,
        RegisterUserUseCase.class, UpdateUserUseCase.class, DeleteUserUseCase.class, DeleteInactiveUsersUseCase.class,
        GetUserUseCase.class, GetCurrentUserUseCase.class, ListUsersUseCase.class,
        ChangePasswordUseCase.class, ChangeUserRoleUseCase.class, ChangeUserActiveUseCase.class,
        ChangeUsersStatusUseCase.class,
        WritePostUseCase.class, GetPostUseCase.class, ListPostsUseCase.class})
class UseCaseRefusalSliceTest extends WebSlice {

    /** The resource a request names; {@link #OTHER} is a second one (a prescription of that appointment ...). */
    private static final UUID ID = UUID.fromString("0196a3c3-0a1b-7c2d-8e3f-4a5b6c7d8e9f");
    private static final UUID OTHER = UUID.fromString("0196a3c5-2c3d-7e4f-9051-6b7c8d9e0f1a");

    /** Bodies each controller accepts, so that the request reaches the use case. */
    private static final Body DOCTOR = body("""
            {"name": "Gregory House", "specialization": "Diagnostics", "email": "house@example.org"}""");
    private static final Body PATIENT = body("""
            {"name": "Ada Lovelace", "birthDate": "1985-12-10", "gender": "FEMALE", "email": "ada@example.org"}""");
    private static final Body APPOINTMENT = body("""
            {"patientId": "%s", "doctorId": "%s", "startsAt": "2026-11-24T09:00:00Z", "reason": "Persistent cough"}"""
            .formatted(ID, OTHER));
    private static final Body PRESCRIPTION = body("{\"medicineName\": \"Amoxicillin\", \"dosage\": \"500 mg\"}");
    private static final Body CATEGORY = body("{\"name\": \"Vitamins\", \"description\": \"Daily boost\"}");
    private static final Body PRODUCT = body("""
            {"name": "Vitamin C 500 mg", "price": 12.5, "stockQuantity": 40, "categoryId": "%s"}""".formatted(ID));
    private static final Body POST = body("{\"title\": \"Vitamin D in winter?\", \"body\": \"1000 IU a day?\"}");
    private static final Body PROFILE = body("{\"username\": \"jane.doe\", \"email\": \"jane.doe@example.org\"}");
    private static final Body NEW_USER = PROFILE.str("password", "correct horse battery staple");

    @Autowired
    private ApplicationContext context;

    /** A call of a use case, made on the mock while it is being stubbed. */
    @FunctionalInterface
    interface Call<U> {
        void on(U useCase) throws Exception;
    }

    /** A use case's refusal: {@code call} on the mock of {@code useCase} throws {@code error}, and {@code request} is answered by {@code problem}. */
    record Refusal(String description, Class<?> useCase, Call<Object> call, RuntimeException error, RequestBuilder request,
                   ResultMatcher problem) {

        @Override
        public String toString() {
            return description;
        }
    }

    @SuppressWarnings("unchecked")
    private static <U> Refusal refusal(String description, Class<U> useCase, Call<U> call, RuntimeException error,
                                       RequestBuilder request, ResultMatcher problem) {
        return new Refusal(description, useCase, (Call<Object>) call, error, request, problem);
    }

    private static ResultMatcher both(ResultMatcher problem, ResultMatcher detail) {
        return result -> {
            problem.match(result);
            detail.match(result);
        };
    }

    static Stream<Refusal> refusals() {
        return Stream.of(
                refusal("an e-mail another doctor has", RegisterDoctorUseCase.class, u -> u.register(any()),
                        new DuplicateValueException("email", "email is taken"),
                        postJson("/api/doctors", DOCTOR), problemAbout(409, "conflict", "email")),
                refusal("a doctor replaced at a stale version", UpdateDoctorUseCase.class, u -> u.update(any()),
                        new StaleVersionException("Doctor", ID, 1, 2),
                        putJson("/api/doctors/" + ID, DOCTOR).header(HttpHeaders.IF_MATCH, "\"1\""), problem(412, "precondition-failed")),
                refusal("an unknown doctor", FindDoctorsUseCase.class, u -> u.get(new DoctorId(ID)),
                        new NotFoundException("Doctor", ID), get("/api/doctors/" + ID), problem(404, "not-found")),
                refusal("deleting a doctor with appointments", DeleteDoctorUseCase.class, u -> u.delete(new DoctorId(ID)),
                        new DoctorHasAppointmentsException(new DoctorId(ID)), delete("/api/doctors/" + ID), problem(409, "conflict")),

                refusal("a patient replaced at a stale version", UpdatePatientUseCase.class, u -> u.update(any()),
                        new StaleVersionException("Patient", ID, 3, 4),
                        putJson("/api/patients/" + ID, PATIENT).header(HttpHeaders.IF_MATCH, "\"3\""), problem(412, "precondition-failed")),
                refusal("an unknown patient", GetPatientUseCase.class, u -> u.get(new PatientId(ID)),
                        new NotFoundException("Patient", ID), get("/api/patients/" + ID), problem(404, "not-found")),
                refusal("deleting an unknown patient", DeletePatientUseCase.class, u -> u.delete(new PatientId(ID)),
                        new NotFoundException("Patient", ID), delete("/api/patients/" + ID), problem(404, "not-found")),

                refusal("booking for an unknown patient", BookAppointmentUseCase.class, u -> u.book(any()),
                        new MissingReferenceException("patientId", "Patient", ID),
                        postJson("/api/appointments", APPOINTMENT), problemAbout(422, "missing-reference", "patientId")),
                refusal("booking a taken slot", BookAppointmentUseCase.class, u -> u.book(any()),
                        new SlotTakenException(), postJson("/api/appointments", APPOINTMENT), problem(409, "conflict")),
                refusal("a refused status transition", ChangeAppointmentStatusUseCase.class, u -> u.changeStatus(any()),
                        new IllegalStatusTransitionException(new AppointmentId(ID), AppointmentStatus.FULFILLED, AppointmentStatus.BOOKED),
                        postJson("/api/appointments/" + ID + "/status", "{\"status\": \"BOOKED\"}"), problem(409, "conflict")),
                refusal("an unknown appointment", GetAppointmentUseCase.class, u -> u.get(new AppointmentId(ID)),
                        new NotFoundException("Appointment", ID), get("/api/appointments/" + ID), problem(404, "not-found")),

                refusal("a prescription on a cancelled appointment", WritePrescriptionUseCase.class, u -> u.write(any()),
                        new PrescriptionNotAllowedException(new AppointmentId(ID), AppointmentStatus.CANCELLED),
                        postJson("/api/appointments/" + ID + "/prescriptions", PRESCRIPTION), problem(409, "conflict")),
                refusal("reading an unknown prescription", GetPrescriptionUseCase.class,
                        u -> u.get(new AppointmentId(ID), new PrescriptionId(OTHER)), new NotFoundException("Prescription", OTHER),
                        get("/api/appointments/" + ID + "/prescriptions/" + OTHER), problem(404, "not-found")),
                refusal("removing an unknown prescription", RemovePrescriptionUseCase.class,
                        u -> u.remove(new AppointmentId(ID), new PrescriptionId(OTHER)), new NotFoundException("Prescription", OTHER),
                        delete("/api/appointments/" + ID + "/prescriptions/" + OTHER), problem(404, "not-found")),

                refusal("a name another category has", CreateCategoryUseCase.class, u -> u.create(any()),
                        new DuplicateValueException("name", "name is taken"),
                        postJson("/api/categories", CATEGORY), problemAbout(409, "conflict", "name")),
                refusal("a category replaced at a stale version", UpdateCategoryUseCase.class, u -> u.update(any(), any(), any()),
                        new StaleVersionException("Category", ID, 2, 3),
                        putJson("/api/categories/" + ID, CATEGORY).header(HttpHeaders.IF_MATCH, "\"2\""), problem(412, "precondition-failed")),
                refusal("deleting a category with products", DeleteCategoryUseCase.class, u -> u.delete(new CategoryId(ID)),
                        new CategoryHasProductsException(new CategoryId(ID)), delete("/api/categories/" + ID), problem(409, "conflict")),
                refusal("an unknown category", FindCategoriesUseCase.class, u -> u.get(new CategoryId(ID)),
                        new NotFoundException("Category", ID), get("/api/categories/" + ID), problem(404, "not-found")),

                refusal("a product in an unknown category", CreateProductUseCase.class, u -> u.create(any()),
                        new MissingReferenceException("categoryId", "Category", ID),
                        postJson("/api/products", PRODUCT), problemAbout(422, "missing-reference", "categoryId")),
                refusal("taking more than the stock, naming what is available", AdjustStockUseCase.class, u -> u.adjust(any()),
                        StockAdjustmentRefusedException.of(new ProductId(ID), 3, new StockAdjustment(-4)),
                        postJson("/api/products/" + ID + "/stock", "{\"delta\": -4}"),
                        both(problem(409, "conflict"), jsonPath("$.detail").value(containsString("only 3 in stock")))),

                refusal("a username another user has", RegisterUserUseCase.class, u -> u.register(any()),
                        new DuplicateValueException("username", "username is taken"),
                        postJson("/api/users", NEW_USER), problemAbout(409, "conflict", "username")),
                refusal("an e-mail another user has", RegisterUserUseCase.class, u -> u.register(any()),
                        new DuplicateValueException("email", "email is taken"),
                        postJson("/api/users", NEW_USER), problemAbout(409, "conflict", "email")),
                refusal("a user replaced at a stale version", UpdateUserUseCase.class, u -> u.update(any()),
                        new StaleVersionException("User", ID, 0, 1),
                        putJson("/api/users/" + ID, PROFILE).header(HttpHeaders.IF_MATCH, "\"0\""), problem(412, "precondition-failed")),
                refusal("deleting a user with orders", DeleteUserUseCase.class, u -> u.delete(new UserId(ID)),
                        new UserHasOrdersException(new UserId(ID)), delete("/api/users/" + ID), problem(409, "conflict")),
                refusal("a wrong current password", ChangePasswordUseCase.class, u -> u.changePassword(any()),
                        new NotPermittedException("the current password is wrong"),
                        putJson("/api/users/" + ID + "/password", "{\"password\": \"a-new-password\", \"currentPassword\": \"wrong-one\"}"),
                        problem(403, "forbidden")),
                refusal("demoting the last administrator", ChangeUserRoleUseCase.class, u -> u.changeRole(any()),
                        new LastAdministratorException("demote"),
                        putJson("/api/users/" + ID + "/role", "{\"role\": \"CUSTOMER\"}"), problem(409, "conflict")),
                refusal("a status change for unknown users, naming them", ChangeUsersStatusUseCase.class, u -> u.changeStatus(any()),
                        new UnknownUsersException("ids", List.of(new UserId(OTHER))),
                        postJson("/api/users/status", "{\"ids\": [\"" + OTHER + "\"], \"active\": false}"),
                        both(problemAbout(422, "missing-reference", "ids"),
                                jsonPath("$.detail").value(containsString(OTHER.toString())))),

                refusal("a post by an inactive user", WritePostUseCase.class, u -> u.write(any()),
                        new InactiveUserException(new UserId(ID)), postJson("/api/users/" + ID + "/posts", POST), problem(409, "conflict")),
                refusal("an unknown post", GetPostUseCase.class, u -> u.get(new UserId(ID), new PostId(OTHER)),
                        new NotFoundException("Post", OTHER), get("/api/users/" + ID + "/posts/" + OTHER), problem(404, "not-found")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void aUseCasesRefusalIsAnsweredWithItsProblem(Refusal refusal) throws Exception {
        refusal.call().on(willThrow(refusal.error()).given(context.getBean(refusal.useCase())));

        mvc.perform(refusal.request()).andExpect(refusal.problem());
    }
}
