
package invalid.leqi.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;


/**
 * AdjustCaseWindow
 * <p>
 * 
 * 
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "type",
    "actor",
    "requestId",
    "caseId",
    "dueOn",
    "reason"
})
public class AdjustCaseWindow {

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("type")
    private String type;
    /**
     * Actor
     * <p>
     * 
     * (Required)
     * 
     */
    @JsonProperty("actor")
    private Actor actor;
    @JsonProperty("requestId")
    private String requestId;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("caseId")
    private String caseId;
    /**
     * CalendarDate
     * <p>
     * a CST calendar day YYYY-MM-DD; a field `…On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)
     * (Required)
     * 
     */
    @JsonProperty("dueOn")
    @JsonPropertyDescription("a CST calendar day YYYY-MM-DD; a field `\u2026On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)")
    private String dueOn;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("reason")
    private String reason;

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("type")
    public String getType() {
        return type;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("type")
    public void setType(String type) {
        this.type = type;
    }

    public AdjustCaseWindow withType(String type) {
        this.type = type;
        return this;
    }

    /**
     * Actor
     * <p>
     * 
     * (Required)
     * 
     */
    @JsonProperty("actor")
    public Actor getActor() {
        return actor;
    }

    /**
     * Actor
     * <p>
     * 
     * (Required)
     * 
     */
    @JsonProperty("actor")
    public void setActor(Actor actor) {
        this.actor = actor;
    }

    public AdjustCaseWindow withActor(Actor actor) {
        this.actor = actor;
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

    public AdjustCaseWindow withRequestId(String requestId) {
        this.requestId = requestId;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("caseId")
    public String getCaseId() {
        return caseId;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("caseId")
    public void setCaseId(String caseId) {
        this.caseId = caseId;
    }

    public AdjustCaseWindow withCaseId(String caseId) {
        this.caseId = caseId;
        return this;
    }

    /**
     * CalendarDate
     * <p>
     * a CST calendar day YYYY-MM-DD; a field `…On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)
     * (Required)
     * 
     */
    @JsonProperty("dueOn")
    public String getDueOn() {
        return dueOn;
    }

    /**
     * CalendarDate
     * <p>
     * a CST calendar day YYYY-MM-DD; a field `…On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)
     * (Required)
     * 
     */
    @JsonProperty("dueOn")
    public void setDueOn(String dueOn) {
        this.dueOn = dueOn;
    }

    public AdjustCaseWindow withDueOn(String dueOn) {
        this.dueOn = dueOn;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("reason")
    public String getReason() {
        return reason;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("reason")
    public void setReason(String reason) {
        this.reason = reason;
    }

    public AdjustCaseWindow withReason(String reason) {
        this.reason = reason;
        return this;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(AdjustCaseWindow.class.getName()).append('@').append(Integer.toHexString(System.identityHashCode(this))).append('[');
        sb.append("type");
        sb.append('=');
        sb.append(((this.type == null)?"<null>":this.type));
        sb.append(',');
        sb.append("actor");
        sb.append('=');
        sb.append(((this.actor == null)?"<null>":this.actor));
        sb.append(',');
        sb.append("requestId");
        sb.append('=');
        sb.append(((this.requestId == null)?"<null>":this.requestId));
        sb.append(',');
        sb.append("caseId");
        sb.append('=');
        sb.append(((this.caseId == null)?"<null>":this.caseId));
        sb.append(',');
        sb.append("dueOn");
        sb.append('=');
        sb.append(((this.dueOn == null)?"<null>":this.dueOn));
        sb.append(',');
        sb.append("reason");
        sb.append('=');
        sb.append(((this.reason == null)?"<null>":this.reason));
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
        result = ((result* 31)+((this.actor == null)? 0 :this.actor.hashCode()));
        result = ((result* 31)+((this.reason == null)? 0 :this.reason.hashCode()));
        result = ((result* 31)+((this.dueOn == null)? 0 :this.dueOn.hashCode()));
        result = ((result* 31)+((this.requestId == null)? 0 :this.requestId.hashCode()));
        result = ((result* 31)+((this.caseId == null)? 0 :this.caseId.hashCode()));
        result = ((result* 31)+((this.type == null)? 0 :this.type.hashCode()));
        return result;
    }

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if ((other instanceof AdjustCaseWindow) == false) {
            return false;
        }
        AdjustCaseWindow rhs = ((AdjustCaseWindow) other);
        return (((((((this.actor == rhs.actor)||((this.actor!= null)&&this.actor.equals(rhs.actor)))&&((this.reason == rhs.reason)||((this.reason!= null)&&this.reason.equals(rhs.reason))))&&((this.dueOn == rhs.dueOn)||((this.dueOn!= null)&&this.dueOn.equals(rhs.dueOn))))&&((this.requestId == rhs.requestId)||((this.requestId!= null)&&this.requestId.equals(rhs.requestId))))&&((this.caseId == rhs.caseId)||((this.caseId!= null)&&this.caseId.equals(rhs.caseId))))&&((this.type == rhs.type)||((this.type!= null)&&this.type.equals(rhs.type))));
    }

}
