
package invalid.leqi.contract;

import java.util.LinkedHashMap;
import java.util.Map;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "submittedAt",
    "returns",
    "lastOpinion"
})
public class Review {

    /**
     * Instant
     * <p>
     * an ISO-8601 instant with offset (2027-03-15T00:00:00+08:00); a last day D is 00:00 CST of D + 1
     * (Required)
     * 
     */
    @JsonProperty("submittedAt")
    @JsonPropertyDescription("an ISO-8601 instant with offset (2027-03-15T00:00:00+08:00); a last day D is 00:00 CST of D + 1")
    private String submittedAt;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("returns")
    private Double returns;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("lastOpinion")
    private String lastOpinion;
    @JsonIgnore
    private Map<String, Object> additionalProperties = new LinkedHashMap<String, Object>();

    /**
     * Instant
     * <p>
     * an ISO-8601 instant with offset (2027-03-15T00:00:00+08:00); a last day D is 00:00 CST of D + 1
     * (Required)
     * 
     */
    @JsonProperty("submittedAt")
    public String getSubmittedAt() {
        return submittedAt;
    }

    /**
     * Instant
     * <p>
     * an ISO-8601 instant with offset (2027-03-15T00:00:00+08:00); a last day D is 00:00 CST of D + 1
     * (Required)
     * 
     */
    @JsonProperty("submittedAt")
    public void setSubmittedAt(String submittedAt) {
        this.submittedAt = submittedAt;
    }

    public Review withSubmittedAt(String submittedAt) {
        this.submittedAt = submittedAt;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("returns")
    public Double getReturns() {
        return returns;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("returns")
    public void setReturns(Double returns) {
        this.returns = returns;
    }

    public Review withReturns(Double returns) {
        this.returns = returns;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("lastOpinion")
    public String getLastOpinion() {
        return lastOpinion;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("lastOpinion")
    public void setLastOpinion(String lastOpinion) {
        this.lastOpinion = lastOpinion;
    }

    public Review withLastOpinion(String lastOpinion) {
        this.lastOpinion = lastOpinion;
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

    public Review withAdditionalProperty(String name, Object value) {
        this.additionalProperties.put(name, value);
        return this;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(Review.class.getName()).append('@').append(Integer.toHexString(System.identityHashCode(this))).append('[');
        sb.append("submittedAt");
        sb.append('=');
        sb.append(((this.submittedAt == null)?"<null>":this.submittedAt));
        sb.append(',');
        sb.append("returns");
        sb.append('=');
        sb.append(((this.returns == null)?"<null>":this.returns));
        sb.append(',');
        sb.append("lastOpinion");
        sb.append('=');
        sb.append(((this.lastOpinion == null)?"<null>":this.lastOpinion));
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
        result = ((result* 31)+((this.returns == null)? 0 :this.returns.hashCode()));
        result = ((result* 31)+((this.additionalProperties == null)? 0 :this.additionalProperties.hashCode()));
        result = ((result* 31)+((this.submittedAt == null)? 0 :this.submittedAt.hashCode()));
        result = ((result* 31)+((this.lastOpinion == null)? 0 :this.lastOpinion.hashCode()));
        return result;
    }

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if ((other instanceof Review) == false) {
            return false;
        }
        Review rhs = ((Review) other);
        return (((((this.returns == rhs.returns)||((this.returns!= null)&&this.returns.equals(rhs.returns)))&&((this.additionalProperties == rhs.additionalProperties)||((this.additionalProperties!= null)&&this.additionalProperties.equals(rhs.additionalProperties))))&&((this.submittedAt == rhs.submittedAt)||((this.submittedAt!= null)&&this.submittedAt.equals(rhs.submittedAt))))&&((this.lastOpinion == rhs.lastOpinion)||((this.lastOpinion!= null)&&this.lastOpinion.equals(rhs.lastOpinion))));
    }

}
