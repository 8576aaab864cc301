
package invalid.leqi.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "industry",
    "licenceRef"
})
public class Qualification {

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("industry")
    private String industry;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("licenceRef")
    private String licenceRef;

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("industry")
    public String getIndustry() {
        return industry;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("industry")
    public void setIndustry(String industry) {
        this.industry = industry;
    }

    public Qualification withIndustry(String industry) {
        this.industry = industry;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("licenceRef")
    public String getLicenceRef() {
        return licenceRef;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("licenceRef")
    public void setLicenceRef(String licenceRef) {
        this.licenceRef = licenceRef;
    }

    public Qualification withLicenceRef(String licenceRef) {
        this.licenceRef = licenceRef;
        return this;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(Qualification.class.getName()).append('@').append(Integer.toHexString(System.identityHashCode(this))).append('[');
        sb.append("industry");
        sb.append('=');
        sb.append(((this.industry == null)?"<null>":this.industry));
        sb.append(',');
        sb.append("licenceRef");
        sb.append('=');
        sb.append(((this.licenceRef == null)?"<null>":this.licenceRef));
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
        result = ((result* 31)+((this.licenceRef == null)? 0 :this.licenceRef.hashCode()));
        result = ((result* 31)+((this.industry == null)? 0 :this.industry.hashCode()));
        return result;
    }

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if ((other instanceof Qualification) == false) {
            return false;
        }
        Qualification rhs = ((Qualification) other);
        return (((this.licenceRef == rhs.licenceRef)||((this.licenceRef!= null)&&this.licenceRef.equals(rhs.licenceRef)))&&((this.industry == rhs.industry)||((this.industry!= null)&&this.industry.equals(rhs.industry))));
    }

}
