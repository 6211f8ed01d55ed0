package dev.careshop.bootstrap.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careshop.bootstrap.support.Auth;
import dev.careshop.bootstrap.support.HttpTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * README's way into /docs, in a real browser: Swagger UI loads the document, logs in with "Try it out" on
 * {@code POST /api/auth/token}, pastes the token into the Authorize dialog and runs "Try it out" on
 * {@code GET /api/users/me}, which answers 200 only with the token. The page as it ends is saved as
 * {@code target/browser/swagger-ui.png}.
 * <p>
 * Needs headless Chromium and its driver: {@code apt-get install -y chromium chromium-driver} (Debian's paths are the
 * defaults); elsewhere name them with {@code -Dcareshop.browser.chrome=...} and
 * {@code -Dcareshop.browser.chromedriver=...}. Without them the test fails and says so rather than passing unseen.
 */
class SwaggerUiBrowserTest extends HttpTest {

    private static final Path CHROME = Path.of(System.getProperty("careshop.browser.chrome", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("careshop.browser.chromedriver", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOT = Path.of("target", "browser", "swagger-ui.png");
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() {
        assertThat(Files.isExecutable(CHROME) && Files.isExecutable(CHROMEDRIVER))
                .as("headless Chromium at %s and its driver at %s; install them with "
                        + "`apt-get install -y chromium chromium-driver` (or set -Dcareshop.browser.chrome and "
                        + "-Dcareshop.browser.chromedriver)", CHROME, CHROMEDRIVER)
                .isTrue();
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROME.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1200");
        ChromeDriverService driver = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(driver, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (browser != null) {
            Files.createDirectories(SCREENSHOT.getParent());
            Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOT,
                    StandardCopyOption.REPLACE_EXISTING);
            browser.quit();
        }
    }

    @Test
    void logsInThroughAuthorizeAndTriesAnAuthenticatedOperation() {
        browser.get("http://localhost:" + port + "/docs");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".info .title"), "CareShop API"));

        WebElement logIn = tryItOut("logIn");
        WebElement body = logIn.findElement(By.cssSelector("textarea.body-param__text"));
        body.clear();
        body.sendKeys("{\"username\": \"" + Auth.ADMIN_USERNAME + "\", \"password\": \"" + Auth.ADMIN_PASSWORD + "\"}");
        Matcher token = ACCESS_TOKEN.matcher(execute(logIn));
        assertThat(token.find()).as("the login answer carries an accessToken").isTrue();

        browser.findElement(By.cssSelector(".scheme-container button.authorize")).click();
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".dialog-ux .modal-ux")));
        dialog.findElement(By.cssSelector(".auth-container input[type=text]")).sendKeys(token.group(1));
        dialog.findElement(By.cssSelector(".auth-btn-wrapper button.authorize")).click();
        wait.until(ExpectedConditions.visibilityOfNestedElementsLocatedBy(dialog, By.xpath(".//button[normalize-space()='Logout']")));
        dialog.findElement(By.xpath(".//button[normalize-space()='Close']")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".dialog-ux .modal-ux")));

        WebElement me = tryItOut("getCurrentUser");
        String answer = execute(me);

        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", me);
        assertThat(answer).contains("\"username\"").contains("\"" + Auth.ADMIN_USERNAME + "\"").contains("\"ADMIN\"");
    }

    /** Opens the operation with this operationId and presses "Try it out". */
    private WebElement tryItOut(String operationId) {
        By operation = By.cssSelector(".opblock[id$='-" + operationId + "']");
        WebElement block = wait.until(ExpectedConditions.elementToBeClickable(operation));
        block.findElement(By.cssSelector(".opblock-summary")).click();
        wait.until(ExpectedConditions.elementToBeClickable(block.findElement(By.cssSelector("button.try-out__btn")))).click();
        return block;
    }

    /** Presses "Execute", waits for the live answer, checks that its status is 200 and returns its body. */
    private String execute(WebElement block) {
        block.findElement(By.cssSelector("button.execute")).click();
        By status = By.cssSelector(".live-responses-table .response .response-col_status");
        wait.until(ExpectedConditions.presenceOfNestedElementLocatedBy(block, status));
        assertThat(block.findElement(status).getText()).as("the status Swagger UI shows").startsWith("200");
        return block.findElement(By.cssSelector(".live-responses-table .response-col_description pre")).getText();
    }
}
