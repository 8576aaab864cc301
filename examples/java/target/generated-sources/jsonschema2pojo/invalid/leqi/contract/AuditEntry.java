
package invalid.leqi.contract;

import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * AuditEntry
 * <p>
 * one entry of the audit trail (contract)
 * 
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "seq",
    "at",
    "kind",
    "actor",
    "command",
    "from",
    "to",
    "ruleId",
    "outcome",
    "reason",
    "requestId"
})
public class AuditEntry {

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("seq")
    private Double seq;
    /**
     * Instant
     * <p>
     * an ISO-8601 instant with offset (2027-03-15T00:00:00+08:00); a last day D is 00:00 CST of D + 1
     * (Required)
     * 
     */
    @JsonProperty("at")
    @JsonPropertyDescription("an ISO-8601 instant with offset (2027-03-15T00:00:00+08:00); a last day D is 00:00 CST of D + 1")
    private String at;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("kind")
    private AuditEntry.Kind kind;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("actor")
    private Object actor;
    /**
     * the command type, DEADLINE:<what> or NOTICE:<template>
     * (Required)
     * 
     */
    @JsonProperty("command")
    @JsonPropertyDescription("the command type, DEADLINE:<what> or NOTICE:<template>")
    private String command;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("from")
    private String from;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("to")
    private String to;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("ruleId")
    private String ruleId;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("outcome")
    private AuditEntry.Outcome outcome;
    @JsonProperty("reason")
    private String reason;
    @JsonProperty("requestId")
    private String requestId;
    @JsonIgnore
    private Map<String, Object> additionalProperties = new LinkedHashMap<String, Object>();

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("seq")
    public Double getSeq() {
        return seq;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("seq")
    public void setSeq(Double seq) {
        this.seq = seq;
    }

    public AuditEntry withSeq(Double seq) {
        this.seq = seq;
        return this;
    }

    /**
     * Instant
     * <p>
     * an ISO-8601 instant with offset (2027-03-15T00:00:00+08:00); a last day D is 00:00 CST of D + 1
     * (Required)
     * 
     */
    @JsonProperty("at")
    public String getAt() {
        return at;
    }

    /**
     * Instant
     * <p>
     * an ISO-8601 instant with offset (2027-03-15T00:00:00+08:00); a last day D is 00:00 CST of D + 1
     * (Required)
     * 
     */
    @JsonProperty("at")
    public void setAt(String at) {
        this.at = at;
    }

    public AuditEntry withAt(String at) {
        this.at = at;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("kind")
    public AuditEntry.Kind getKind() {
        return kind;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("kind")
    public void setKind(AuditEntry.Kind kind) {
        this.kind = kind;
    }

    public AuditEntry withKind(AuditEntry.Kind kind) {
        this.kind = kind;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("actor")
    public Object getActor() {
        return actor;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("actor")
    public void setActor(Object actor) {
        this.actor = actor;
    }

    public AuditEntry withActor(Object actor) {
        this.actor = actor;
        return this;
    }

    /**
     * the command type, DEADLINE:<what> or NOTICE:<template>
     * (Required)
     * 
     */
    @JsonProperty("command")
    public String getCommand() {
        return command;
    }

    /**
     * the command type, DEADLINE:<what> or NOTICE:<template>
     * (Required)
     * 
     */
    @JsonProperty("command")
    public void setCommand(String command) {
        this.command = command;
    }

    public AuditEntry withCommand(String command) {
        this.command = command;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("from")
    public String getFrom() {
        return from;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("from")
    public void setFrom(String from) {
        this.from = from;
    }

    public AuditEntry withFrom(String from) {
        this.from = from;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("to")
    public String getTo() {
        return to;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("to")
    public void setTo(String to) {
        this.to = to;
    }

    public AuditEntry withTo(String to) {
        this.to = to;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("ruleId")
    public String getRuleId() {
        return ruleId;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("ruleId")
    public void setRuleId(String ruleId) {
        this.ruleId = ruleId;
    }

    public AuditEntry withRuleId(String ruleId) {
        this.ruleId = ruleId;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("outcome")
    public AuditEntry.Outcome getOutcome() {
        return outcome;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("outcome")
    public void setOutcome(AuditEntry.Outcome outcome) {
        this.outcome = outcome;
    }

    public AuditEntry withOutcome(AuditEntry.Outcome outcome) {
        this.outcome = outcome;
        return this;
    }

    @JsonProperty("reason")
    public String getReason() {
        return reason;
    }

    @JsonProperty("reason")
    public void setReason(String reason) {
        this.reason = reason;
    }

    public AuditEntry withReason(String reason) {
        this.reason = reason;
        return this;
    }

    @JsonProperty("requestId")
    public String getRequestId() {
        return requestId;
    }

    @JsonProperty("requestId")
    public void setRequestId(String requestId) {
        this.requestId = requestId;
    }

    public AuditEntry withRequestId(String requestId) {
        this.requestId = requestId;
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

    public AuditEntry withAdditionalProperty(String name, Object value) {
        this.additionalProperties.put(name, value);
        return this;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(AuditEntry.class.getName()).append('@').append(Integer.toHexString(System.identityHashCode(this))).append('[');
        sb.append("seq");
        sb.append('=');
        sb.append(((this.seq == null)?"<null>":this.seq));
        sb.append(',');
        sb.append("at");
        sb.append('=');
        sb.append(((this.at == null)?"<null>":this.at));
        sb.append(',');
        sb.append("kind");
        sb.append('=');
        sb.append(((this.kind == null)?"<null>":this.kind));
        sb.append(',');
        sb.append("actor");
        sb.append('=');
        sb.append(((this.actor == null)?"<null>":this.actor));
        sb.append(',');
        sb.append("command");
        sb.append('=');
        sb.append(((this.command == null)?"<null>":this.command));
        sb.append(',');
        sb.append("from");
        sb.append('=');
        sb.append(((this.from == null)?"<null>":this.from));
        sb.append(',');
        sb.append("to");
        sb.append('=');
        sb.append(((this.to == null)?"<null>":this.to));
        sb.append(',');
        sb.append("ruleId");
        sb.append('=');
        sb.append(((this.ruleId == null)?"<null>":this.ruleId));
        sb.append(',');
        sb.append("outcome");
        sb.append('=');
        sb.append(((this.outcome == null)?"<null>":this.outcome));
        sb.append(',');
        sb.append("reason");
        sb.append('=');
        sb.append(((this.reason == null)?"<null>":this.reason));
        sb.append(',');
        sb.append("requestId");
        sb.append('=');
        sb.append(((this.requestId == null)?"<null>":this.requestId));
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
        result = ((result* 31)+((this.kind == null)? 0 :this.kind.hashCode()));
        result = ((result* 31)+((this.command == null)? 0 :this.command.hashCode()));
        result = ((result* 31)+((this.actor == null)? 0 :this.actor.hashCode()));
        result = ((result* 31)+((this.at == null)? 0 :this.at.hashCode()));
        result = ((result* 31)+((this.requestId == null)? 0 :this.requestId.hashCode()));
        result = ((result* 31)+((this.from == null)? 0 :this.from.hashCode()));
        result = ((result* 31)+((this.to == null)? 0 :this.to.hashCode()));
        result = ((result* 31)+((this.additionalProperties == null)? 0 :this.additionalProperties.hashCode()));
        result = ((result* 31)+((this.ruleId == null)? 0 :this.ruleId.hashCode()));
        result = ((result* 31)+((this.seq == null)? 0 :this.seq.hashCode()));
        result = ((result* 31)+((this.outcome == null)? 0 :this.outcome.hashCode()));
        return result;
    }

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if ((other instanceof AuditEntry) == false) {
            return false;
        }
        AuditEntry rhs = ((AuditEntry) other);
        return (((((((((((((this.reason == rhs.reason)||((this.reason!= null)&&this.reason.equals(rhs.reason)))&&((this.kind == rhs.kind)||((this.kind!= null)&&this.kind.equals(rhs.kind))))&&((this.command == rhs.command)||((this.command!= null)&&this.command.equals(rhs.command))))&&((this.actor == rhs.actor)||((this.actor!= null)&&this.actor.equals(rhs.actor))))&&((this.at == rhs.at)||((this.at!= null)&&this.at.equals(rhs.at))))&&((this.requestId == rhs.requestId)||((this.requestId!= null)&&this.requestId.equals(rhs.requestId))))&&((this.from == rhs.from)||((this.from!= null)&&this.from.equals(rhs.from))))&&((this.to == rhs.to)||((this.to!= null)&&this.to.equals(rhs.to))))&&((this.additionalProperties == rhs.additionalProperties)||((this.additionalProperties!= null)&&this.additionalProperties.equals(rhs.additionalProperties))))&&((this.ruleId == rhs.ruleId)||((this.ruleId!= null)&&this.ruleId.equals(rhs.ruleId))))&&((this.seq == rhs.seq)||((this.seq!= null)&&this.seq.equals(rhs.seq))))&&((this.outcome == rhs.outcome)||((this.outcome!= null)&&this.outcome.equals(rhs.outcome))));
    }

    public enum Kind {

        COMMAND("command"),
        DEADLINE("deadline"),
        NOTICE("notice");
        private final String value;
        private final static Map<String, AuditEntry.Kind> CONSTANTS = new HashMap<String, AuditEntry.Kind>();

        static {
            for (AuditEntry.Kind c: values()) {
                CONSTANTS.put(c.value, c);
            }
        }

        Kind(String value) {
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
        public static AuditEntry.Kind fromValue(String value) {
            AuditEntry.Kind constant = CONSTANTS.get(value);
            if (constant == null) {
                throw new IllegalArgumentException(value);
            } else {
                return constant;
            }
        }

    }

    public enum Outcome {

        APPLIED("applied"),
        REJECTED("rejected"),
        FAILED("failed");
        private final String value;
        private final static Map<String, AuditEntry.Outcome> CONSTANTS = new HashMap<String, AuditEntry.Outcome>();

        static {
            for (AuditEntry.Outcome c: values()) {
                CONSTANTS.put(c.value, c);
            }
        }

        Outcome(String value) {
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
        public static AuditEntry.Outcome fromValue(String value) {
            AuditEntry.Outcome constant = CONSTANTS.get(value);
            if (constant == null) {
                throw new IllegalArgumentException(value);
            } else {
                return constant;
            }
        }

    }

}
