
package invalid.leqi.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;


/**
 * RemoveUsingUnit
 * <p>
 * 
 * 
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "type",
    "actor",
    "requestId",
    "usingUnit",
    "reason"
})
public class RemoveUsingUnit {

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
     * Uscc
     * <p>
     * an 18-character unified social credit code (GB 32100-2015)
     * (Required)
     * 
     */
    @JsonProperty("usingUnit")
    @JsonPropertyDescription("an 18-character unified social credit code (GB 32100-2015)")
    private String usingUnit;
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

    public RemoveUsingUnit withType(String type) {
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

    public RemoveUsingUnit withActor(Actor actor) {
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

    public RemoveUsingUnit withRequestId(String requestId) {
        this.requestId = requestId;
        return this;
    }

    /**
     * Uscc
     * <p>
     * an 18-character unified social credit code (GB 32100-2015)
     * (Required)
     * 
     */
    @JsonProperty("usingUnit")
    public String getUsingUnit() {
        return usingUnit;
    }

    /**
     * Uscc
     * <p>
     * an 18-character unified social credit code (GB 32100-2015)
     * (Required)
     * 
     */
    @JsonProperty("usingUnit")
    public void setUsingUnit(String usingUnit) {
        this.usingUnit = usingUnit;
    }

    public RemoveUsingUnit withUsingUnit(String usingUnit) {
        this.usingUnit = usingUnit;
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

    public RemoveUsingUnit withReason(String reason) {
        this.reason = reason;
        return this;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(RemoveUsingUnit.class.getName()).append('@').append(Integer.toHexString(System.identityHashCode(this))).append('[');
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
        sb.append("usingUnit");
        sb.append('=');
        sb.append(((this.usingUnit == null)?"<null>":this.usingUnit));
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
        result = ((result* 31)+((this.type == null)? 0 :this.type.hashCode()));
        result = ((result* 31)+((this.usingUnit == null)? 0 :this.usingUnit.hashCode()));
        result = ((result* 31)+((this.requestId == null)? 0 :this.requestId.hashCode()));
        return result;
    }

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if ((other instanceof RemoveUsingUnit) == false) {
            return false;
        }
        RemoveUsingUnit rhs = ((RemoveUsingUnit) other);
        return ((((((this.actor == rhs.actor)||((this.actor!= null)&&this.actor.equals(rhs.actor)))&&((this.reason == rhs.reason)||((this.reason!= null)&&this.reason.equals(rhs.reason))))&&((this.type == rhs.type)||((this.type!= null)&&this.type.equals(rhs.type))))&&((this.usingUnit == rhs.usingUnit)||((this.usingUnit!= null)&&this.usingUnit.equals(rhs.usingUnit))))&&((this.requestId == rhs.requestId)||((this.requestId!= null)&&this.requestId.equals(rhs.requestId))));
    }

}
