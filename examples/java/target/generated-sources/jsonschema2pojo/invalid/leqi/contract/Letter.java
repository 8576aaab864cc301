
package invalid.leqi.contract;

import java.util.LinkedHashMap;
import java.util.Map;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "required",
    "provided",
    "startsOn",
    "endsOn"
})
public class Letter {

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("required")
    private Boolean required;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("provided")
    private Boolean provided;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("startsOn")
    private Object startsOn;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("endsOn")
    private Object endsOn;
    @JsonIgnore
    private Map<String, Object> additionalProperties = new LinkedHashMap<String, Object>();

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("required")
    public Boolean getRequired() {
        return required;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("required")
    public void setRequired(Boolean required) {
        this.required = required;
    }

    public Letter withRequired(Boolean required) {
        this.required = required;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("provided")
    public Boolean getProvided() {
        return provided;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("provided")
    public void setProvided(Boolean provided) {
        this.provided = provided;
    }

    public Letter withProvided(Boolean provided) {
        this.provided = provided;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("startsOn")
    public Object getStartsOn() {
        return startsOn;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("startsOn")
    public void setStartsOn(Object startsOn) {
        this.startsOn = startsOn;
    }

    public Letter withStartsOn(Object startsOn) {
        this.startsOn = startsOn;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("endsOn")
    public Object getEndsOn() {
        return endsOn;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("endsOn")
    public void setEndsOn(Object endsOn) {
        this.endsOn = endsOn;
    }

    public Letter withEndsOn(Object endsOn) {
        this.endsOn = endsOn;
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

    public Letter withAdditionalProperty(String name, Object value) {
        this.additionalProperties.put(name, value);
        return this;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(Letter.class.getName()).append('@').append(Integer.toHexString(System.identityHashCode(this))).append('[');
        sb.append("required");
        sb.append('=');
        sb.append(((this.required == null)?"<null>":this.required));
        sb.append(',');
        sb.append("provided");
        sb.append('=');
        sb.append(((this.provided == null)?"<null>":this.provided));
        sb.append(',');
        sb.append("startsOn");
        sb.append('=');
        sb.append(((this.startsOn == null)?"<null>":this.startsOn));
        sb.append(',');
        sb.append("endsOn");
        sb.append('=');
        sb.append(((this.endsOn == null)?"<null>":this.endsOn));
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
        result = ((result* 31)+((this.endsOn == null)? 0 :this.endsOn.hashCode()));
        result = ((result* 31)+((this.additionalProperties == null)? 0 :this.additionalProperties.hashCode()));
        result = ((result* 31)+((this.startsOn == null)? 0 :this.startsOn.hashCode()));
        result = ((result* 31)+((this.required == null)? 0 :this.required.hashCode()));
        result = ((result* 31)+((this.provided == null)? 0 :this.provided.hashCode()));
        return result;
    }

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if ((other instanceof Letter) == false) {
            return false;
        }
        Letter rhs = ((Letter) other);
        return ((((((this.endsOn == rhs.endsOn)||((this.endsOn!= null)&&this.endsOn.equals(rhs.endsOn)))&&((this.additionalProperties == rhs.additionalProperties)||((this.additionalProperties!= null)&&this.additionalProperties.equals(rhs.additionalProperties))))&&((this.startsOn == rhs.startsOn)||((this.startsOn!= null)&&this.startsOn.equals(rhs.startsOn))))&&((this.required == rhs.required)||((this.required!= null)&&this.required.equals(rhs.required))))&&((this.provided == rhs.provided)||((this.provided!= null)&&this.provided.equals(rhs.provided))));
    }

}
