package org.earshot.it;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A browser test's own headless Chromium for each test, opened before it and closed after it. */
abstract class ConsoleBrowserTest {

    protected ConsoleBrowser console;
    protected WebDriver browser;
    protected WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws IOException {
        console = new ConsoleBrowser();
        browser = console.driver();
        wait = console.patiently();
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (console != null) {
            console.close();
        }
    }
}
