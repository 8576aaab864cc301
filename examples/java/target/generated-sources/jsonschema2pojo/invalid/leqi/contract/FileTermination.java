
package invalid.leqi.contract;

import java.util.List;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;


/**
 * FileTermination
 * <p>
 * 
 * 
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "type",
    "actor",
    "requestId",
    "effectiveOn",
    "reason",
    "usingUnits"
})
public class FileTermination {

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
     * CalendarDate
     * <p>
     * a CST calendar day YYYY-MM-DD; a field `…On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)
     * (Required)
     * 
     */
    @JsonProperty("effectiveOn")
    @JsonPropertyDescription("a CST calendar day YYYY-MM-DD; a field `\u2026On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)")
    private String effectiveOn;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("reason")
    private String reason;
    @JsonProperty("usingUnits")
    private List<String> usingUnits;

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

    public FileTermination withType(String type) {
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

    public FileTermination withActor(Actor actor) {
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

    public FileTermination withRequestId(String requestId) {
        this.requestId = requestId;
        return this;
    }

    /**
     * CalendarDate
     * <p>
     * a CST calendar day YYYY-MM-DD; a field `…On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)
     * (Required)
     * 
     */
    @JsonProperty("effectiveOn")
    public String getEffectiveOn() {
        return effectiveOn;
    }

    /**
     * CalendarDate
     * <p>
     * a CST calendar day YYYY-MM-DD; a field `…On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)
     * (Required)
     * 
     */
    @JsonProperty("effectiveOn")
    public void setEffectiveOn(String effectiveOn) {
        this.effectiveOn = effectiveOn;
    }

    public FileTermination withEffectiveOn(String effectiveOn) {
        this.effectiveOn = effectiveOn;
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

    public FileTermination withReason(String reason) {
        this.reason = reason;
        return this;
    }

    @JsonProperty("usingUnits")
    public List<String> getUsingUnits() {
        return usingUnits;
    }

    @JsonProperty("usingUnits")
    public void setUsingUnits(List<String> usingUnits) {
        this.usingUnits = usingUnits;
    }

    public FileTermination withUsingUnits(List<String> usingUnits) {
        this.usingUnits = usingUnits;
        return this;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(FileTermination.class.getName()).append('@').append(Integer.toHexString(System.identityHashCode(this))).append('[');
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
        sb.append("effectiveOn");
        sb.append('=');
        sb.append(((this.effectiveOn == null)?"<null>":this.effectiveOn));
        sb.append(',');
        sb.append("reason");
        sb.append('=');
        sb.append(((this.reason == null)?"<null>":this.reason));
        sb.append(',');
        sb.append("usingUnits");
        sb.append('=');
        sb.append(((this.usingUnits == null)?"<null>":this.usingUnits));
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
        result = ((result* 31)+((this.usingUnits == null)? 0 :this.usingUnits.hashCode()));
        result = ((result* 31)+((this.reason == null)? 0 :this.reason.hashCode()));
        result = ((result* 31)+((this.effectiveOn == null)? 0 :this.effectiveOn.hashCode()));
        result = ((result* 31)+((this.requestId == null)? 0 :this.requestId.hashCode()));
        result = ((result* 31)+((this.type == null)? 0 :this.type.hashCode()));
        return result;
    }

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if ((other instanceof FileTermination) == false) {
            return false;
        }
        FileTermination rhs = ((FileTermination) other);
        return (((((((this.actor == rhs.actor)||((this.actor!= null)&&this.actor.equals(rhs.actor)))&&((this.usingUnits == rhs.usingUnits)||((this.usingUnits!= null)&&this.usingUnits.equals(rhs.usingUnits))))&&((this.reason == rhs.reason)||((this.reason!= null)&&this.reason.equals(rhs.reason))))&&((this.effectiveOn == rhs.effectiveOn)||((this.effectiveOn!= null)&&this.effectiveOn.equals(rhs.effectiveOn))))&&((this.requestId == rhs.requestId)||((this.requestId!= null)&&this.requestId.equals(rhs.requestId))))&&((this.type == rhs.type)||((this.type!= null)&&this.type.equals(rhs.type))));
    }

}
