
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
    "at",
    "change",
    "ruleId",
    "details"
})
public class Change {

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
    @JsonProperty("change")
    private String change;
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
    @JsonProperty("details")
    private String details;
    @JsonIgnore
    private Map<String, Object> additionalProperties = new LinkedHashMap<String, Object>();

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

    public Change withAt(String at) {
        this.at = at;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("change")
    public String getChange() {
        return change;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("change")
    public void setChange(String change) {
        this.change = change;
    }

    public Change withChange(String change) {
        this.change = change;
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

    public Change withRuleId(String ruleId) {
        this.ruleId = ruleId;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("details")
    public String getDetails() {
        return details;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("details")
    public void setDetails(String details) {
        this.details = details;
    }

    public Change withDetails(String details) {
        this.details = details;
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

    public Change withAdditionalProperty(String name, Object value) {
        this.additionalProperties.put(name, value);
        return this;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(Change.class.getName()).append('@').append(Integer.toHexString(System.identityHashCode(this))).append('[');
        sb.append("at");
        sb.append('=');
        sb.append(((this.at == null)?"<null>":this.at));
        sb.append(',');
        sb.append("change");
        sb.append('=');
        sb.append(((this.change == null)?"<null>":this.change));
        sb.append(',');
        sb.append("ruleId");
        sb.append('=');
        sb.append(((this.ruleId == null)?"<null>":this.ruleId));
        sb.append(',');
        sb.append("details");
        sb.append('=');
        sb.append(((this.details == null)?"<null>":this.details));
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
        result = ((result* 31)+((this.details == null)? 0 :this.details.hashCode()));
        result = ((result* 31)+((this.at == null)? 0 :this.at.hashCode()));
        result = ((result* 31)+((this.additionalProperties == null)? 0 :this.additionalProperties.hashCode()));
        result = ((result* 31)+((this.ruleId == null)? 0 :this.ruleId.hashCode()));
        result = ((result* 31)+((this.change == null)? 0 :this.change.hashCode()));
        return result;
    }

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if ((other instanceof Change) == false) {
            return false;
        }
        Change rhs = ((Change) other);
        return ((((((this.details == rhs.details)||((this.details!= null)&&this.details.equals(rhs.details)))&&((this.at == rhs.at)||((this.at!= null)&&this.at.equals(rhs.at))))&&((this.additionalProperties == rhs.additionalProperties)||((this.additionalProperties!= null)&&this.additionalProperties.equals(rhs.additionalProperties))))&&((this.ruleId == rhs.ruleId)||((this.ruleId!= null)&&this.ruleId.equals(rhs.ruleId))))&&((this.change == rhs.change)||((this.change!= null)&&this.change.equals(rhs.change))));
    }

}
