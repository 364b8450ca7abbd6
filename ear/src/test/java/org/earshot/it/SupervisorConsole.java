package org.earshot.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.stream.StreamSupport;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Where things are on the supervisor console, and the steps its browser tests take there. */
final class SupervisorConsole {

    static final By START_DIALOG = By.id("startDialog");
    static final By EVALUATE_DIALOG = By.id("evaluateDialog");

    /** Long enough for an ajax round trip on a busy machine, short enough to press again within the patience. */
    private static final Duration A_RESPONSE = Duration.ofSeconds(4);

    private SupervisorConsole() {
    }

    /** Fills in the open start dialog and starts; the dialog closes once the service accepted or refused. */
    static void startWith(ConsoleBrowser browser, String purpose, String note) {
        browser.choose("startForm:purpose", purpose);
        browser.type("startForm:note", note);
        browser.click("startForm:start");
        browser.patiently().until(ExpectedConditions.invisibilityOfElementLocated(START_DIALOG));
    }

    /** Clicks a button that a push may re-render at any moment: found afresh until the click lands. */
    static void press(ConsoleBrowser browser, By button) {
        browser.patiently().until(driver -> {
            driver.findElement(button).click();
            return true;
        });
    }

    /**
     * Presses a button that opens a dialog until the dialog shows. A push that re-renders the button between
     * the mouse going down and up sends the click to no button at all: nothing happens and nothing says so.
     * Opening twice is harmless (the dialog is prepared afresh), so the press is simply repeated.
     */
    static void pressToOpen(ConsoleBrowser browser, By button, By dialog) {
        browser.patiently().until(driver -> {
            if (!driver.findElement(dialog).isDisplayed()) {
                driver.findElement(button).click();
            }
            try {
                new WebDriverWait(driver, A_RESPONSE).until(ExpectedConditions.visibilityOfElementLocated(dialog));
                return true;
            } catch (TimeoutException notOpened) {
                return false;
            }
        });
    }

    /** The console's line of an agent (the first cell starts with the username), as an XPath. */
    static String line(String username) {
        return "//tbody[@id='consoleForm:lines_data']/tr[td[1][starts-with(normalize-space(), '" + username + " ')]]";
    }

    /** The supervisor's own session on the call of the agent with that display name, as an XPath. */
    static String sessionOn(String agentName) {
        return "//div[@id='consoleForm:sessions']/div[contains(@class, 'monitoring-session')][contains(., '" + agentName + "')]";
    }

    static By stateOf(String username) {
        return By.xpath(line(username) + "/td[3]");
    }

    static By modeOf(String agentName) {
        return By.xpath(sessionOn(agentName) + "//span[contains(@class, 'session-mode')]");
    }

    static By button(String within, String label) {
        return By.xpath(within + "//button[normalize-space()='" + label + "']");
    }

    static By at(String xpath) {
        return By.xpath(xpath);
    }

    /**
     * The answered call the agent talks on, as the live agents API shows it to sup.billing; null while none
     * (a call still ringing cannot be monitored yet).
     */
    static String callOf(String username) throws Exception {
        JsonNode agents = Api.json(Api.get("sup.billing", "agents/live")).get("items");
        return StreamSupport.stream(agents.spliterator(), false).filter(a -> a.get("username").asText().equals(username))
                .filter(a -> a.path("status").asText().equals("ON_CALL"))
                .map(a -> a.get("callId")).filter(c -> c != null && !c.isNull()).map(JsonNode::asText).findFirst().orElse(null);
    }
}
