
package invalid.leqi.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;


/**
 * ApproveApplication
 * <p>
 * 
 * 
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "type",
    "actor",
    "requestId",
    "opinion",
    "termEndsOn",
    "baseConcurrency"
})
public class ApproveApplication {

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
    @JsonProperty("opinion")
    private String opinion;
    /**
     * CalendarDate
     * <p>
     * a CST calendar day YYYY-MM-DD; a field `…On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)
     * 
     */
    @JsonProperty("termEndsOn")
    @JsonPropertyDescription("a CST calendar day YYYY-MM-DD; a field `\u2026On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)")
    private String termEndsOn;
    @JsonProperty("baseConcurrency")
    private Integer baseConcurrency;

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

    public ApproveApplication withType(String type) {
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

    public ApproveApplication withActor(Actor actor) {
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

    public ApproveApplication withRequestId(String requestId) {
        this.requestId = requestId;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("opinion")
    public String getOpinion() {
        return opinion;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("opinion")
    public void setOpinion(String opinion) {
        this.opinion = opinion;
    }

    public ApproveApplication withOpinion(String opinion) {
        this.opinion = opinion;
        return this;
    }

    /**
     * CalendarDate
     * <p>
     * a CST calendar day YYYY-MM-DD; a field `…On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)
     * 
     */
    @JsonProperty("termEndsOn")
    public String getTermEndsOn() {
        return termEndsOn;
    }

    /**
     * CalendarDate
     * <p>
     * a CST calendar day YYYY-MM-DD; a field `…On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)
     * 
     */
    @JsonProperty("termEndsOn")
    public void setTermEndsOn(String termEndsOn) {
        this.termEndsOn = termEndsOn;
    }

    public ApproveApplication withTermEndsOn(String termEndsOn) {
        this.termEndsOn = termEndsOn;
        return this;
    }

    @JsonProperty("baseConcurrency")
    public Integer getBaseConcurrency() {
        return baseConcurrency;
    }

    @JsonProperty("baseConcurrency")
    public void setBaseConcurrency(Integer baseConcurrency) {
        this.baseConcurrency = baseConcurrency;
    }

    public ApproveApplication withBaseConcurrency(Integer baseConcurrency) {
        this.baseConcurrency = baseConcurrency;
        return this;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(ApproveApplication.class.getName()).append('@').append(Integer.toHexString(System.identityHashCode(this))).append('[');
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
        sb.append("opinion");
        sb.append('=');
        sb.append(((this.opinion == null)?"<null>":this.opinion));
        sb.append(',');
        sb.append("termEndsOn");
        sb.append('=');
        sb.append(((this.termEndsOn == null)?"<null>":this.termEndsOn));
        sb.append(',');
        sb.append("baseConcurrency");
        sb.append('=');
        sb.append(((this.baseConcurrency == null)?"<null>":this.baseConcurrency));
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
        result = ((result* 31)+((this.baseConcurrency == null)? 0 :this.baseConcurrency.hashCode()));
        result = ((result* 31)+((this.requestId == null)? 0 :this.requestId.hashCode()));
        result = ((result* 31)+((this.type == null)? 0 :this.type.hashCode()));
        result = ((result* 31)+((this.termEndsOn == null)? 0 :this.termEndsOn.hashCode()));
        result = ((result* 31)+((this.opinion == null)? 0 :this.opinion.hashCode()));
        return result;
    }

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if ((other instanceof ApproveApplication) == false) {
            return false;
        }
        ApproveApplication rhs = ((ApproveApplication) other);
        return (((((((this.actor == rhs.actor)||((this.actor!= null)&&this.actor.equals(rhs.actor)))&&((this.baseConcurrency == rhs.baseConcurrency)||((this.baseConcurrency!= null)&&this.baseConcurrency.equals(rhs.baseConcurrency))))&&((this.requestId == rhs.requestId)||((this.requestId!= null)&&this.requestId.equals(rhs.requestId))))&&((this.type == rhs.type)||((this.type!= null)&&this.type.equals(rhs.type))))&&((this.termEndsOn == rhs.termEndsOn)||((this.termEndsOn!= null)&&this.termEndsOn.equals(rhs.termEndsOn))))&&((this.opinion == rhs.opinion)||((this.opinion!= null)&&this.opinion.equals(rhs.opinion))));
    }

}
