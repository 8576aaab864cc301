
package invalid.leqi.contract;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;


/**
 * Rejection
 * <p>
 * why a command (or a start) was refused: the first detail of the ApplicationFailure, the HTTP error body, the CLI’s --json error
 * 
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "type",
    "ruleId",
    "state",
    "reason",
    "problems"
})
public class Rejection {

    /**
     * what kind of rejection; branch on this
     * (Required)
     * 
     */
    @JsonProperty("type")
    @JsonPropertyDescription("what kind of rejection; branch on this")
    private Rejection.Type type;
    /**
     * the rule that refuses (IllegalTransition, Forbidden, often InvalidCommand of a rule-bound field); null when no rule is involved
     * (Required)
     * 
     */
    @JsonProperty("ruleId")
    @JsonPropertyDescription("the rule that refuses (IllegalTransition, Forbidden, often InvalidCommand of a rule-bound field); null when no rule is involved")
    private String ruleId;
    /**
     * the unit’s phase when the command was refused; null when it was refused before reaching a unit
     * (Required)
     * 
     */
    @JsonProperty("state")
    @JsonPropertyDescription("the unit\u2019s phase when the command was refused; null when it was refused before reaching a unit")
    private String state;
    /**
     * a readable explanation naming the state and the rule (may change; never branch on it)
     * (Required)
     * 
     */
    @JsonProperty("reason")
    @JsonPropertyDescription("a readable explanation naming the state and the rule (may change; never branch on it)")
    private String reason;
    /**
     * every bad field of an InvalidCommand; empty for the other types
     * (Required)
     * 
     */
    @JsonProperty("problems")
    @JsonPropertyDescription("every bad field of an InvalidCommand; empty for the other types")
    private List<Problem> problems;
    @JsonIgnore
    private Map<String, Object> additionalProperties = new LinkedHashMap<String, Object>();

    /**
     * what kind of rejection; branch on this
     * (Required)
     * 
     */
    @JsonProperty("type")
    public Rejection.Type getType() {
        return type;
    }

    /**
     * what kind of rejection; branch on this
     * (Required)
     * 
     */
    @JsonProperty("type")
    public void setType(Rejection.Type type) {
        this.type = type;
    }

    public Rejection withType(Rejection.Type type) {
        this.type = type;
        return this;
    }

    /**
     * the rule that refuses (IllegalTransition, Forbidden, often InvalidCommand of a rule-bound field); null when no rule is involved
     * (Required)
     * 
     */
    @JsonProperty("ruleId")
    public String getRuleId() {
        return ruleId;
    }

    /**
     * the rule that refuses (IllegalTransition, Forbidden, often InvalidCommand of a rule-bound field); null when no rule is involved
     * (Required)
     * 
     */
    @JsonProperty("ruleId")
    public void setRuleId(String ruleId) {
        this.ruleId = ruleId;
    }

    public Rejection withRuleId(String ruleId) {
        this.ruleId = ruleId;
        return this;
    }

    /**
     * the unit’s phase when the command was refused; null when it was refused before reaching a unit
     * (Required)
     * 
     */
    @JsonProperty("state")
    public String getState() {
        return state;
    }

    /**
     * the unit’s phase when the command was refused; null when it was refused before reaching a unit
     * (Required)
     * 
     */
    @JsonProperty("state")
    public void setState(String state) {
        this.state = state;
    }

    public Rejection withState(String state) {
        this.state = state;
        return this;
    }

    /**
     * a readable explanation naming the state and the rule (may change; never branch on it)
     * (Required)
     * 
     */
    @JsonProperty("reason")
    public String getReason() {
        return reason;
    }

    /**
     * a readable explanation naming the state and the rule (may change; never branch on it)
     * (Required)
     * 
     */
    @JsonProperty("reason")
    public void setReason(String reason) {
        this.reason = reason;
    }

    public Rejection withReason(String reason) {
        this.reason = reason;
        return this;
    }

    /**
     * every bad field of an InvalidCommand; empty for the other types
     * (Required)
     * 
     */
    @JsonProperty("problems")
    public List<Problem> getProblems() {
        return problems;
    }

    /**
     * every bad field of an InvalidCommand; empty for the other types
     * (Required)
     * 
     */
    @JsonProperty("problems")
    public void setProblems(List<Problem> problems) {
        this.problems = problems;
    }

    public Rejection withProblems(List<Problem> problems) {
        this.problems = problems;
        return this;
    }

    @JsonAnyGetter
    public Map<String, Object> getAdditionalProperties() {
        return this.additionalProperties;
    }

    @JsonAnySetter
    public void setAdditionalProperty(String name, Object value) {
        this.additionalProperties.put(name, value);
    }

    public Rejection withAdditionalProperty(String name, Object value) {
        this.additionalProperties.put(name, value);
        return this;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(Rejection.class.getName()).append('@').append(Integer.toHexString(System.identityHashCode(this))).append('[');
        sb.append("type");
        sb.append('=');
        sb.append(((this.type == null)?"<null>":this.type));
        sb.append(',');
        sb.append("ruleId");
        sb.append('=');
        sb.append(((this.ruleId == null)?"<null>":this.ruleId));
        sb.append(',');
        sb.append("state");
        sb.append('=');
        sb.append(((this.state == null)?"<null>":this.state));
        sb.append(',');
        sb.append("reason");
        sb.append('=');
        sb.append(((this.reason == null)?"<null>":this.reason));
        sb.append(',');
        sb.append("problems");
        sb.append('=');
        sb.append(((this.problems == null)?"<null>":this.problems));
        sb.append(',');
        sb.append("additionalProperties");
        sb.append('=');
        sb.append(((this.additionalProperties == null)?"<null>":this.additionalProperties));
        sb.append(',');
        if (sb.charAt((sb.length()- 1)) == ',') {
            sb.setCharAt((sb.length()- 1), ']');
        } else {
            sb.append(']');
        }
        return sb.toString();
    }

    @Override
    public int hashCode() {
        int result = 1;
        result = ((result* 31)+((this.reason == null)? 0 :this.reason.hashCode()));
        result = ((result* 31)+((this.state == null)? 0 :this.state.hashCode()));
        result = ((result* 31)+((this.additionalProperties == null)? 0 :this.additionalProperties.hashCode()));
        result = ((result* 31)+((this.type == null)? 0 :this.type.hashCode()));
        result = ((result* 31)+((this.ruleId == null)? 0 :this.ruleId.hashCode()));
        result = ((result* 31)+((this.problems == null)? 0 :this.problems.hashCode()));
        return result;
    }

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if ((other instanceof Rejection) == false) {
            return false;
        }
        Rejection rhs = ((Rejection) other);
        return (((((((this.reason == rhs.reason)||((this.reason!= null)&&this.reason.equals(rhs.reason)))&&((this.state == rhs.state)||((this.state!= null)&&this.state.equals(rhs.state))))&&((this.additionalProperties == rhs.additionalProperties)||((this.additionalProperties!= null)&&this.additionalProperties.equals(rhs.additionalProperties))))&&((this.type == rhs.type)||((this.type!= null)&&this.type.equals(rhs.type))))&&((this.ruleId == rhs.ruleId)||((this.ruleId!= null)&&this.ruleId.equals(rhs.ruleId))))&&((this.problems == rhs.problems)||((this.problems!= null)&&this.problems.equals(rhs.problems))));
    }


    /**
     * what kind of rejection; branch on this
     * 
     */
    public enum Type {

        INVALID_COMMAND("InvalidCommand"),
        ILLEGAL_TRANSITION("IllegalTransition"),
        FORBIDDEN("Forbidden"),
        REQUEST_ID_REUSED("RequestIdReused"),
        INVALID_START("InvalidStart");
        private final String value;
        private final static Map<String, Rejection.Type> CONSTANTS = new HashMap<String, Rejection.Type>();

        static {
            for (Rejection.Type c: values()) {
                CONSTANTS.put(c.value, c);
            }
        }

        Type(String value) {
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
        public static Rejection.Type fromValue(String value) {
            Rejection.Type constant = CONSTANTS.get(value);
            if (constant == null) {
                throw new IllegalArgumentException(value);
            } else {
                return constant;
            }
        }

    }

}
