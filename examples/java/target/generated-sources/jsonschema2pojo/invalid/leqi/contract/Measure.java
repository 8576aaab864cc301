
package invalid.leqi.contract;

import java.util.HashMap;
import java.util.Map;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

public enum Measure {

    REMINDER("reminder"),
    INTERVIEW("interview"),
    STOP_NEW_USING_UNITS("stopNewUsingUnits"),
    STOP_CAPABILITIES("stopCapabilities"),
    SUSPEND_ACCESS("suspendAccess");
    private final String value;
    private final static Map<String, Measure> CONSTANTS = new HashMap<String, Measure>();

    static {
        for (Measure c: values()) {
            CONSTANTS.put(c.value, c);
        }
    }

    Measure(String value) {
        this.value = value;
    }

    @Override
    public String toString() {
        return this.value;
    }

    @JsonValue
    public String value() {
        return this.value;
    }

    @JsonCreator
    public static Measure fromValue(String value) {
        Measure constant = CONSTANTS.get(value);
        if (constant == null) {
            throw new IllegalArgumentException(value);
        } else {
            return constant;
        }
    }

}
