
package invalid.leqi.contract;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;


/**
 * NetworkAddressFiling
 * <p>
 * 
 * 
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "unitName",
    "unitUscc",
    "contactName",
    "contactEmail",
    "contactPhone",
    "enterpriseAppSystemName",
    "submittedOn",
    "filingReason",
    "action",
    "validity",
    "productionIps",
    "protocol",
    "ports",
    "unitApprovalOpinion",
    "unitSealRef",
    "provincialAcceptor",
    "satHandler"
})
public class NetworkAddressFiling {

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("unitName")
    private String unitName;
    /**
     * Uscc
     * <p>
     * an 18-character unified social credit code (GB 32100-2015)
     * (Required)
     * 
     */
    @JsonProperty("unitUscc")
    @JsonPropertyDescription("an 18-character unified social credit code (GB 32100-2015)")
    private String unitUscc;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("contactName")
    private String contactName;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("contactEmail")
    private String contactEmail;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("contactPhone")
    private String contactPhone;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("enterpriseAppSystemName")
    private String enterpriseAppSystemName;
    /**
     * CalendarDate
     * <p>
     * a CST calendar day YYYY-MM-DD; a field `…On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)
     * (Required)
     * 
     */
    @JsonProperty("submittedOn")
    @JsonPropertyDescription("a CST calendar day YYYY-MM-DD; a field `\u2026On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)")
    private String submittedOn;
    @JsonProperty("filingReason")
    private String filingReason;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("action")
    private NetworkAddressFiling.Action action;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("validity")
    private Object validity;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("productionIps")
    private List<String> productionIps;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("protocol")
    private String protocol;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("ports")
    private List<Integer> ports;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("unitApprovalOpinion")
    private String unitApprovalOpinion;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("unitSealRef")
    private String unitSealRef;
    @JsonProperty("provincialAcceptor")
    private String provincialAcceptor;
    @JsonProperty("satHandler")
    private String satHandler;
    @JsonIgnore
    private Map<String, Object> additionalProperties = new LinkedHashMap<String, Object>();

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("unitName")
    public String getUnitName() {
        return unitName;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("unitName")
    public void setUnitName(String unitName) {
        this.unitName = unitName;
    }

    public NetworkAddressFiling withUnitName(String unitName) {
        this.unitName = unitName;
        return this;
    }

    /**
     * Uscc
     * <p>
     * an 18-character unified social credit code (GB 32100-2015)
     * (Required)
     * 
     */
    @JsonProperty("unitUscc")
    public String getUnitUscc() {
        return unitUscc;
    }

    /**
     * Uscc
     * <p>
     * an 18-character unified social credit code (GB 32100-2015)
     * (Required)
     * 
     */
    @JsonProperty("unitUscc")
    public void setUnitUscc(String unitUscc) {
        this.unitUscc = unitUscc;
    }

    public NetworkAddressFiling withUnitUscc(String unitUscc) {
        this.unitUscc = unitUscc;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("contactName")
    public String getContactName() {
        return contactName;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("contactName")
    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public NetworkAddressFiling withContactName(String contactName) {
        this.contactName = contactName;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("contactEmail")
    public String getContactEmail() {
        return contactEmail;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("contactEmail")
    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public NetworkAddressFiling withContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("contactPhone")
    public String getContactPhone() {
        return contactPhone;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("contactPhone")
    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public NetworkAddressFiling withContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("enterpriseAppSystemName")
    public String getEnterpriseAppSystemName() {
        return enterpriseAppSystemName;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("enterpriseAppSystemName")
    public void setEnterpriseAppSystemName(String enterpriseAppSystemName) {
        this.enterpriseAppSystemName = enterpriseAppSystemName;
    }

    public NetworkAddressFiling withEnterpriseAppSystemName(String enterpriseAppSystemName) {
        this.enterpriseAppSystemName = enterpriseAppSystemName;
        return this;
    }

    /**
     * CalendarDate
     * <p>
     * a CST calendar day YYYY-MM-DD; a field `…On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)
     * (Required)
     * 
     */
    @JsonProperty("submittedOn")
    public String getSubmittedOn() {
        return submittedOn;
    }

    /**
     * CalendarDate
     * <p>
     * a CST calendar day YYYY-MM-DD; a field `…On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)
     * (Required)
     * 
     */
    @JsonProperty("submittedOn")
    public void setSubmittedOn(String submittedOn) {
        this.submittedOn = submittedOn;
    }

    public NetworkAddressFiling withSubmittedOn(String submittedOn) {
        this.submittedOn = submittedOn;
        return this;
    }

    @JsonProperty("filingReason")
    public String getFilingReason() {
        return filingReason;
    }

    @JsonProperty("filingReason")
    public void setFilingReason(String filingReason) {
        this.filingReason = filingReason;
    }

    public NetworkAddressFiling withFilingReason(String filingReason) {
        this.filingReason = filingReason;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("action")
    public NetworkAddressFiling.Action getAction() {
        return action;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("action")
    public void setAction(NetworkAddressFiling.Action action) {
        this.action = action;
    }

    public NetworkAddressFiling withAction(NetworkAddressFiling.Action action) {
        this.action = action;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("validity")
    public Object getValidity() {
        return validity;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("validity")
    public void setValidity(Object validity) {
        this.validity = validity;
    }

    public NetworkAddressFiling withValidity(Object validity) {
        this.validity = validity;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("productionIps")
    public List<String> getProductionIps() {
        return productionIps;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("productionIps")
    public void setProductionIps(List<String> productionIps) {
        this.productionIps = productionIps;
    }

    public NetworkAddressFiling withProductionIps(List<String> productionIps) {
        this.productionIps = productionIps;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("protocol")
    public String getProtocol() {
        return protocol;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("protocol")
    public void setProtocol(String protocol) {
        this.protocol = protocol;
    }

    public NetworkAddressFiling withProtocol(String protocol) {
        this.protocol = protocol;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("ports")
    public List<Integer> getPorts() {
        return ports;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("ports")
    public void setPorts(List<Integer> ports) {
        this.ports = ports;
    }

    public NetworkAddressFiling withPorts(List<Integer> ports) {
        this.ports = ports;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("unitApprovalOpinion")
    public String getUnitApprovalOpinion() {
        return unitApprovalOpinion;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("unitApprovalOpinion")
    public void setUnitApprovalOpinion(String unitApprovalOpinion) {
        this.unitApprovalOpinion = unitApprovalOpinion;
    }

    public NetworkAddressFiling withUnitApprovalOpinion(String unitApprovalOpinion) {
        this.unitApprovalOpinion = unitApprovalOpinion;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("unitSealRef")
    public String getUnitSealRef() {
        return unitSealRef;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("unitSealRef")
    public void setUnitSealRef(String unitSealRef) {
        this.unitSealRef = unitSealRef;
    }

    public NetworkAddressFiling withUnitSealRef(String unitSealRef) {
        this.unitSealRef = unitSealRef;
        return this;
    }

    @JsonProperty("provincialAcceptor")
    public String getProvincialAcceptor() {
        return provincialAcceptor;
    }

    @JsonProperty("provincialAcceptor")
    public void setProvincialAcceptor(String provincialAcceptor) {
        this.provincialAcceptor = provincialAcceptor;
    }

    public NetworkAddressFiling withProvincialAcceptor(String provincialAcceptor) {
        this.provincialAcceptor = provincialAcceptor;
        return this;
    }

    @JsonProperty("satHandler")
    public String getSatHandler() {
        return satHandler;
    }

    @JsonProperty("satHandler")
    public void setSatHandler(String satHandler) {
        this.satHandler = satHandler;
    }

    public NetworkAddressFiling withSatHandler(String satHandler) {
        this.satHandler = satHandler;
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

    public NetworkAddressFiling withAdditionalProperty(String name, Object value) {
        this.additionalProperties.put(name, value);
        return this;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(NetworkAddressFiling.class.getName()).append('@').append(Integer.toHexString(System.identityHashCode(this))).append('[');
        sb.append("unitName");
        sb.append('=');
        sb.append(((this.unitName == null)?"<null>":this.unitName));
        sb.append(',');
        sb.append("unitUscc");
        sb.append('=');
        sb.append(((this.unitUscc == null)?"<null>":this.unitUscc));
        sb.append(',');
        sb.append("contactName");
        sb.append('=');
        sb.append(((this.contactName == null)?"<null>":this.contactName));
        sb.append(',');
        sb.append("contactEmail");
        sb.append('=');
        sb.append(((this.contactEmail == null)?"<null>":this.contactEmail));
        sb.append(',');
        sb.append("contactPhone");
        sb.append('=');
        sb.append(((this.contactPhone == null)?"<null>":this.contactPhone));
        sb.append(',');
        sb.append("enterpriseAppSystemName");
        sb.append('=');
        sb.append(((this.enterpriseAppSystemName == null)?"<null>":this.enterpriseAppSystemName));
        sb.append(',');
        sb.append("submittedOn");
        sb.append('=');
        sb.append(((this.submittedOn == null)?"<null>":this.submittedOn));
        sb.append(',');
        sb.append("filingReason");
        sb.append('=');
        sb.append(((this.filingReason == null)?"<null>":this.filingReason));
        sb.append(',');
        sb.append("action");
        sb.append('=');
        sb.append(((this.action == null)?"<null>":this.action));
        sb.append(',');
        sb.append("validity");
        sb.append('=');
        sb.append(((this.validity == null)?"<null>":this.validity));
        sb.append(',');
        sb.append("productionIps");
        sb.append('=');
        sb.append(((this.productionIps == null)?"<null>":this.productionIps));
        sb.append(',');
        sb.append("protocol");
        sb.append('=');
        sb.append(((this.protocol == null)?"<null>":this.protocol));
        sb.append(',');
        sb.append("ports");
        sb.append('=');
        sb.append(((this.ports == null)?"<null>":this.ports));
        sb.append(',');
        sb.append("unitApprovalOpinion");
        sb.append('=');
        sb.append(((this.unitApprovalOpinion == null)?"<null>":this.unitApprovalOpinion));
        sb.append(',');
        sb.append("unitSealRef");
        sb.append('=');
        sb.append(((this.unitSealRef == null)?"<null>":this.unitSealRef));
        sb.append(',');
        sb.append("provincialAcceptor");
        sb.append('=');
        sb.append(((this.provincialAcceptor == null)?"<null>":this.provincialAcceptor));
        sb.append(',');
        sb.append("satHandler");
        sb.append('=');
        sb.append(((this.satHandler == null)?"<null>":this.satHandler));
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
        result = ((result* 31)+((this.productionIps == null)? 0 :this.productionIps.hashCode()));
        result = ((result* 31)+((this.enterpriseAppSystemName == null)? 0 :this.enterpriseAppSystemName.hashCode()));
        result = ((result* 31)+((this.unitName == null)? 0 :this.unitName.hashCode()));
        result = ((result* 31)+((this.unitSealRef == null)? 0 :this.unitSealRef.hashCode()));
        result = ((result* 31)+((this.contactEmail == null)? 0 :this.contactEmail.hashCode()));
        result = ((result* 31)+((this.contactName == null)? 0 :this.contactName.hashCode()));
        result = ((result* 31)+((this.submittedOn == null)? 0 :this.submittedOn.hashCode()));
        result = ((result* 31)+((this.unitUscc == null)? 0 :this.unitUscc.hashCode()));
        result = ((result* 31)+((this.ports == null)? 0 :this.ports.hashCode()));
        result = ((result* 31)+((this.filingReason == null)? 0 :this.filingReason.hashCode()));
        result = ((result* 31)+((this.unitApprovalOpinion == null)? 0 :this.unitApprovalOpinion.hashCode()));
        result = ((result* 31)+((this.provincialAcceptor == null)? 0 :this.provincialAcceptor.hashCode()));
        result = ((result* 31)+((this.protocol == null)? 0 :this.protocol.hashCode()));
        result = ((result* 31)+((this.action == null)? 0 :this.action.hashCode()));
        result = ((result* 31)+((this.validity == null)? 0 :this.validity.hashCode()));
        result = ((result* 31)+((this.additionalProperties == null)? 0 :this.additionalProperties.hashCode()));
        result = ((result* 31)+((this.contactPhone == null)? 0 :this.contactPhone.hashCode()));
        result = ((result* 31)+((this.satHandler == null)? 0 :this.satHandler.hashCode()));
        return result;
    }

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if ((other instanceof NetworkAddressFiling) == false) {
            return false;
        }
        NetworkAddressFiling rhs = ((NetworkAddressFiling) other);
        return (((((((((((((((((((this.productionIps == rhs.productionIps)||((this.productionIps!= null)&&this.productionIps.equals(rhs.productionIps)))&&((this.enterpriseAppSystemName == rhs.enterpriseAppSystemName)||((this.enterpriseAppSystemName!= null)&&this.enterpriseAppSystemName.equals(rhs.enterpriseAppSystemName))))&&((this.unitName == rhs.unitName)||((this.unitName!= null)&&this.unitName.equals(rhs.unitName))))&&((this.unitSealRef == rhs.unitSealRef)||((this.unitSealRef!= null)&&this.unitSealRef.equals(rhs.unitSealRef))))&&((this.contactEmail == rhs.contactEmail)||((this.contactEmail!= null)&&this.contactEmail.equals(rhs.contactEmail))))&&((this.contactName == rhs.contactName)||((this.contactName!= null)&&this.contactName.equals(rhs.contactName))))&&((this.submittedOn == rhs.submittedOn)||((this.submittedOn!= null)&&this.submittedOn.equals(rhs.submittedOn))))&&((this.unitUscc == rhs.unitUscc)||((this.unitUscc!= null)&&this.unitUscc.equals(rhs.unitUscc))))&&((this.ports == rhs.ports)||((this.ports!= null)&&this.ports.equals(rhs.ports))))&&((this.filingReason == rhs.filingReason)||((this.filingReason!= null)&&this.filingReason.equals(rhs.filingReason))))&&((this.unitApprovalOpinion == rhs.unitApprovalOpinion)||((this.unitApprovalOpinion!= null)&&this.unitApprovalOpinion.equals(rhs.unitApprovalOpinion))))&&((this.provincialAcceptor == rhs.provincialAcceptor)||((this.provincialAcceptor!= null)&&this.provincialAcceptor.equals(rhs.provincialAcceptor))))&&((this.protocol == rhs.protocol)||((this.protocol!= null)&&this.protocol.equals(rhs.protocol))))&&((this.action == rhs.action)||((this.action!= null)&&this.action.equals(rhs.action))))&&((this.validity == rhs.validity)||((this.validity!= null)&&this.validity.equals(rhs.validity))))&&((this.additionalProperties == rhs.additionalProperties)||((this.additionalProperties!= null)&&this.additionalProperties.equals(rhs.additionalProperties))))&&((this.contactPhone == rhs.contactPhone)||((this.contactPhone!= null)&&this.contactPhone.equals(rhs.contactPhone))))&&((this.satHandler == rhs.satHandler)||((this.satHandler!= null)&&this.satHandler.equals(rhs.satHandler))));
    }

    public enum Action {

        OPEN("open"),
        CHANGE("change"),
        CLOSE("close");
        private final String value;
        private final static Map<String, NetworkAddressFiling.Action> CONSTANTS = new HashMap<String, NetworkAddressFiling.Action>();

        static {
            for (NetworkAddressFiling.Action c: values()) {
                CONSTANTS.put(c.value, c);
            }
        }

        Action(String value) {
            this.value = value;
        }

        @Override
        public String toString() {
            return this.value;
        }

        @JsonValue
        public String value() {
            return this.value;
        }

        @JsonCreator
        public static NetworkAddressFiling.Action fromValue(String value) {
            NetworkAddressFiling.Action constant = CONSTANTS.get(value);
            if (constant == null) {
                throw new IllegalArgumentException(value);
            } else {
                return constant;
            }
        }

    }

}
