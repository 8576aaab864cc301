
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
    "selfUseOnly",
    "securityCompliance",
    "itCapability",
    "softwareRight",
    "dataRetentionPerTa",
    "riskRulesEmbedded",
    "auditInterfaceOpen"
})
public class Attestations {

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("selfUseOnly")
    private Boolean selfUseOnly;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("securityCompliance")
    private Boolean securityCompliance;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("itCapability")
    private Boolean itCapability;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("softwareRight")
    private Object softwareRight;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("dataRetentionPerTa")
    private Boolean dataRetentionPerTa;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("riskRulesEmbedded")
    private Boolean riskRulesEmbedded;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("auditInterfaceOpen")
    private Boolean auditInterfaceOpen;
    @JsonIgnore
    private Map<String, Object> additionalProperties = new LinkedHashMap<String, Object>();

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("selfUseOnly")
    public Boolean getSelfUseOnly() {
        return selfUseOnly;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("selfUseOnly")
    public void setSelfUseOnly(Boolean selfUseOnly) {
        this.selfUseOnly = selfUseOnly;
    }

    public Attestations withSelfUseOnly(Boolean selfUseOnly) {
        this.selfUseOnly = selfUseOnly;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("securityCompliance")
    public Boolean getSecurityCompliance() {
        return securityCompliance;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("securityCompliance")
    public void setSecurityCompliance(Boolean securityCompliance) {
        this.securityCompliance = securityCompliance;
    }

    public Attestations withSecurityCompliance(Boolean securityCompliance) {
        this.securityCompliance = securityCompliance;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("itCapability")
    public Boolean getItCapability() {
        return itCapability;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("itCapability")
    public void setItCapability(Boolean itCapability) {
        this.itCapability = itCapability;
    }

    public Attestations withItCapability(Boolean itCapability) {
        this.itCapability = itCapability;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("softwareRight")
    public Object getSoftwareRight() {
        return softwareRight;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("softwareRight")
    public void setSoftwareRight(Object softwareRight) {
        this.softwareRight = softwareRight;
    }

    public Attestations withSoftwareRight(Object softwareRight) {
        this.softwareRight = softwareRight;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("dataRetentionPerTa")
    public Boolean getDataRetentionPerTa() {
        return dataRetentionPerTa;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("dataRetentionPerTa")
    public void setDataRetentionPerTa(Boolean dataRetentionPerTa) {
        this.dataRetentionPerTa = dataRetentionPerTa;
    }

    public Attestations withDataRetentionPerTa(Boolean dataRetentionPerTa) {
        this.dataRetentionPerTa = dataRetentionPerTa;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("riskRulesEmbedded")
    public Boolean getRiskRulesEmbedded() {
        return riskRulesEmbedded;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("riskRulesEmbedded")
    public void setRiskRulesEmbedded(Boolean riskRulesEmbedded) {
        this.riskRulesEmbedded = riskRulesEmbedded;
    }

    public Attestations withRiskRulesEmbedded(Boolean riskRulesEmbedded) {
        this.riskRulesEmbedded = riskRulesEmbedded;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("auditInterfaceOpen")
    public Boolean getAuditInterfaceOpen() {
        return auditInterfaceOpen;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("auditInterfaceOpen")
    public void setAuditInterfaceOpen(Boolean auditInterfaceOpen) {
        this.auditInterfaceOpen = auditInterfaceOpen;
    }

    public Attestations withAuditInterfaceOpen(Boolean auditInterfaceOpen) {
        this.auditInterfaceOpen = auditInterfaceOpen;
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

    public Attestations withAdditionalProperty(String name, Object value) {
        this.additionalProperties.put(name, value);
        return this;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(Attestations.class.getName()).append('@').append(Integer.toHexString(System.identityHashCode(this))).append('[');
        sb.append("selfUseOnly");
        sb.append('=');
        sb.append(((this.selfUseOnly == null)?"<null>":this.selfUseOnly));
        sb.append(',');
        sb.append("securityCompliance");
        sb.append('=');
        sb.append(((this.securityCompliance == null)?"<null>":this.securityCompliance));
        sb.append(',');
        sb.append("itCapability");
        sb.append('=');
        sb.append(((this.itCapability == null)?"<null>":this.itCapability));
        sb.append(',');
        sb.append("softwareRight");
        sb.append('=');
        sb.append(((this.softwareRight == null)?"<null>":this.softwareRight));
        sb.append(',');
        sb.append("dataRetentionPerTa");
        sb.append('=');
        sb.append(((this.dataRetentionPerTa == null)?"<null>":this.dataRetentionPerTa));
        sb.append(',');
        sb.append("riskRulesEmbedded");
        sb.append('=');
        sb.append(((this.riskRulesEmbedded == null)?"<null>":this.riskRulesEmbedded));
        sb.append(',');
        sb.append("auditInterfaceOpen");
        sb.append('=');
        sb.append(((this.auditInterfaceOpen == null)?"<null>":this.auditInterfaceOpen));
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
        result = ((result* 31)+((this.dataRetentionPerTa == null)? 0 :this.dataRetentionPerTa.hashCode()));
        result = ((result* 31)+((this.selfUseOnly == null)? 0 :this.selfUseOnly.hashCode()));
        result = ((result* 31)+((this.auditInterfaceOpen == null)? 0 :this.auditInterfaceOpen.hashCode()));
        result = ((result* 31)+((this.itCapability == null)? 0 :this.itCapability.hashCode()));
        result = ((result* 31)+((this.softwareRight == null)? 0 :this.softwareRight.hashCode()));
        result = ((result* 31)+((this.riskRulesEmbedded == null)? 0 :this.riskRulesEmbedded.hashCode()));
        result = ((result* 31)+((this.additionalProperties == null)? 0 :this.additionalProperties.hashCode()));
        result = ((result* 31)+((this.securityCompliance == null)? 0 :this.securityCompliance.hashCode()));
        return result;
    }

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if ((other instanceof Attestations) == false) {
            return false;
        }
        Attestations rhs = ((Attestations) other);
        return (((((((((this.dataRetentionPerTa == rhs.dataRetentionPerTa)||((this.dataRetentionPerTa!= null)&&this.dataRetentionPerTa.equals(rhs.dataRetentionPerTa)))&&((this.selfUseOnly == rhs.selfUseOnly)||((this.selfUseOnly!= null)&&this.selfUseOnly.equals(rhs.selfUseOnly))))&&((this.auditInterfaceOpen == rhs.auditInterfaceOpen)||((this.auditInterfaceOpen!= null)&&this.auditInterfaceOpen.equals(rhs.auditInterfaceOpen))))&&((this.itCapability == rhs.itCapability)||((this.itCapability!= null)&&this.itCapability.equals(rhs.itCapability))))&&((this.softwareRight == rhs.softwareRight)||((this.softwareRight!= null)&&this.softwareRight.equals(rhs.softwareRight))))&&((this.riskRulesEmbedded == rhs.riskRulesEmbedded)||((this.riskRulesEmbedded!= null)&&this.riskRulesEmbedded.equals(rhs.riskRulesEmbedded))))&&((this.additionalProperties == rhs.additionalProperties)||((this.additionalProperties!= null)&&this.additionalProperties.equals(rhs.additionalProperties))))&&((this.securityCompliance == rhs.securityCompliance)||((this.securityCompliance!= null)&&this.securityCompliance.equals(rhs.securityCompliance))));
    }

}
