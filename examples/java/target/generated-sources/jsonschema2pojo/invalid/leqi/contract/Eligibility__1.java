
package invalid.leqi.contract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "eligible",
    "unmet",
    "forOfficer",
    "met"
})
public class Eligibility__1 {

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("eligible")
    private Boolean eligible;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("unmet")
    private List<Unmet__1> unmet;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("forOfficer")
    private List<ForOfficer__1> forOfficer;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("met")
    private List<Met__1> met;
    @JsonIgnore
    private Map<String, Object> additionalProperties = new LinkedHashMap<String, Object>();

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("eligible")
    public Boolean getEligible() {
        return eligible;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("eligible")
    public void setEligible(Boolean eligible) {
        this.eligible = eligible;
    }

    public Eligibility__1 withEligible(Boolean eligible) {
        this.eligible = eligible;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("unmet")
    public List<Unmet__1> getUnmet() {
        return unmet;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("unmet")
    public void setUnmet(List<Unmet__1> unmet) {
        this.unmet = unmet;
    }

    public Eligibility__1 withUnmet(List<Unmet__1> unmet) {
        this.unmet = unmet;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("forOfficer")
    public List<ForOfficer__1> getForOfficer() {
        return forOfficer;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("forOfficer")
    public void setForOfficer(List<ForOfficer__1> forOfficer) {
        this.forOfficer = forOfficer;
    }

    public Eligibility__1 withForOfficer(List<ForOfficer__1> forOfficer) {
        this.forOfficer = forOfficer;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("met")
    public List<Met__1> getMet() {
        return met;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("met")
    public void setMet(List<Met__1> met) {
        this.met = met;
    }

    public Eligibility__1 withMet(List<Met__1> met) {
        this.met = met;
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

    public Eligibility__1 withAdditionalProperty(String name, Object value) {
        this.additionalProperties.put(name, value);
        return this;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(Eligibility__1 .class.getName()).append('@').append(Integer.toHexString(System.identityHashCode(this))).append('[');
        sb.append("eligible");
        sb.append('=');
        sb.append(((this.eligible == null)?"<null>":this.eligible));
        sb.append(',');
        sb.append("unmet");
        sb.append('=');
        sb.append(((this.unmet == null)?"<null>":this.unmet));
        sb.append(',');
        sb.append("forOfficer");
        sb.append('=');
        sb.append(((this.forOfficer == null)?"<null>":this.forOfficer));
        sb.append(',');
        sb.append("met");
        sb.append('=');
        sb.append(((this.met == null)?"<null>":this.met));
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
        result = ((result* 31)+((this.forOfficer == null)? 0 :this.forOfficer.hashCode()));
        result = ((result* 31)+((this.additionalProperties == null)? 0 :this.additionalProperties.hashCode()));
        result = ((result* 31)+((this.met == null)? 0 :this.met.hashCode()));
        result = ((result* 31)+((this.eligible == null)? 0 :this.eligible.hashCode()));
        result = ((result* 31)+((this.unmet == null)? 0 :this.unmet.hashCode()));
        return result;
    }

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if ((other instanceof Eligibility__1) == false) {
            return false;
        }
        Eligibility__1 rhs = ((Eligibility__1) other);
        return ((((((this.forOfficer == rhs.forOfficer)||((this.forOfficer!= null)&&this.forOfficer.equals(rhs.forOfficer)))&&((this.additionalProperties == rhs.additionalProperties)||((this.additionalProperties!= null)&&this.additionalProperties.equals(rhs.additionalProperties))))&&((this.met == rhs.met)||((this.met!= null)&&this.met.equals(rhs.met))))&&((this.eligible == rhs.eligible)||((this.eligible!= null)&&this.eligible.equals(rhs.eligible))))&&((this.unmet == rhs.unmet)||((this.unmet!= null)&&this.unmet.equals(rhs.unmet))));
    }

}
