
package invalid.leqi.contract;

import java.util.List;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;


/**
 * ReturnApplication
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
    "reasons"
})
public class ReturnApplication {

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
     * 
     * (Required)
     * 
     */
    @JsonProperty("reasons")
    private List<String> reasons;

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

    public ReturnApplication withType(String type) {
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

    public ReturnApplication withActor(Actor actor) {
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

    public ReturnApplication withRequestId(String requestId) {
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

    public ReturnApplication withOpinion(String opinion) {
        this.opinion = opinion;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("reasons")
    public List<String> getReasons() {
        return reasons;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("reasons")
    public void setReasons(List<String> reasons) {
        this.reasons = reasons;
    }

    public ReturnApplication withReasons(List<String> reasons) {
        this.reasons = reasons;
        return this;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(ReturnApplication.class.getName()).append('@').append(Integer.toHexString(System.identityHashCode(this))).append('[');
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
        sb.append("reasons");
        sb.append('=');
        sb.append(((this.reasons == null)?"<null>":this.reasons));
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
        result = ((result* 31)+((this.reasons == null)? 0 :this.reasons.hashCode()));
        result = ((result* 31)+((this.type == null)? 0 :this.type.hashCode()));
        result = ((result* 31)+((this.requestId == null)? 0 :this.requestId.hashCode()));
        result = ((result* 31)+((this.opinion == null)? 0 :this.opinion.hashCode()));
        return result;
    }

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if ((other instanceof ReturnApplication) == false) {
            return false;
        }
        ReturnApplication rhs = ((ReturnApplication) other);
        return ((((((this.actor == rhs.actor)||((this.actor!= null)&&this.actor.equals(rhs.actor)))&&((this.reasons == rhs.reasons)||((this.reasons!= null)&&this.reasons.equals(rhs.reasons))))&&((this.type == rhs.type)||((this.type!= null)&&this.type.equals(rhs.type))))&&((this.requestId == rhs.requestId)||((this.requestId!= null)&&this.requestId.equals(rhs.requestId))))&&((this.opinion == rhs.opinion)||((this.opinion!= null)&&this.opinion.equals(rhs.opinion))));
    }

}
