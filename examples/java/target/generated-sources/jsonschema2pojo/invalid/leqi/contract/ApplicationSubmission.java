
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


/**
 * ApplicationSubmission
 * <p>
 * 
 * 
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "application",
    "materials",
    "authorizationLetter",
    "networkFiling",
    "contacts"
})
public class ApplicationSubmission {

    /**
     * AccessInformationForm
     * <p>
     * 
     * (Required)
     * 
     */
    @JsonProperty("application")
    private AccessInformationForm application;
    /**
     * Materials
     * <p>
     * 
     * (Required)
     * 
     */
    @JsonProperty("materials")
    private List<Material> materials;
    /**
     * AuthorizationLetter
     * <p>
     * 
     * 
     */
    @JsonProperty("authorizationLetter")
    private AuthorizationLetter authorizationLetter;
    /**
     * NetworkAddressFiling
     * <p>
     * 
     * (Required)
     * 
     */
    @JsonProperty("networkFiling")
    private NetworkAddressFiling networkFiling;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("contacts")
    private List<Contact> contacts;
    @JsonIgnore
    private Map<String, Object> additionalProperties = new LinkedHashMap<String, Object>();

    /**
     * AccessInformationForm
     * <p>
     * 
     * (Required)
     * 
     */
    @JsonProperty("application")
    public AccessInformationForm getApplication() {
        return application;
    }

    /**
     * AccessInformationForm
     * <p>
     * 
     * (Required)
     * 
     */
    @JsonProperty("application")
    public void setApplication(AccessInformationForm application) {
        this.application = application;
    }

    public ApplicationSubmission withApplication(AccessInformationForm application) {
        this.application = application;
        return this;
    }

    /**
     * Materials
     * <p>
     * 
     * (Required)
     * 
     */
    @JsonProperty("materials")
    public List<Material> getMaterials() {
        return materials;
    }

    /**
     * Materials
     * <p>
     * 
     * (Required)
     * 
     */
    @JsonProperty("materials")
    public void setMaterials(List<Material> materials) {
        this.materials = materials;
    }

    public ApplicationSubmission withMaterials(List<Material> materials) {
        this.materials = materials;
        return this;
    }

    /**
     * AuthorizationLetter
     * <p>
     * 
     * 
     */
    @JsonProperty("authorizationLetter")
    public AuthorizationLetter getAuthorizationLetter() {
        return authorizationLetter;
    }

    /**
     * AuthorizationLetter
     * <p>
     * 
     * 
     */
    @JsonProperty("authorizationLetter")
    public void setAuthorizationLetter(AuthorizationLetter authorizationLetter) {
        this.authorizationLetter = authorizationLetter;
    }

    public ApplicationSubmission withAuthorizationLetter(AuthorizationLetter authorizationLetter) {
        this.authorizationLetter = authorizationLetter;
        return this;
    }

    /**
     * NetworkAddressFiling
     * <p>
     * 
     * (Required)
     * 
     */
    @JsonProperty("networkFiling")
    public NetworkAddressFiling getNetworkFiling() {
        return networkFiling;
    }

    /**
     * NetworkAddressFiling
     * <p>
     * 
     * (Required)
     * 
     */
    @JsonProperty("networkFiling")
    public void setNetworkFiling(NetworkAddressFiling networkFiling) {
        this.networkFiling = networkFiling;
    }

    public ApplicationSubmission withNetworkFiling(NetworkAddressFiling networkFiling) {
        this.networkFiling = networkFiling;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("contacts")
    public List<Contact> getContacts() {
        return contacts;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("contacts")
    public void setContacts(List<Contact> contacts) {
        this.contacts = contacts;
    }

    public ApplicationSubmission withContacts(List<Contact> contacts) {
        this.contacts = contacts;
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

    public ApplicationSubmission withAdditionalProperty(String name, Object value) {
        this.additionalProperties.put(name, value);
        return this;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(ApplicationSubmission.class.getName()).append('@').append(Integer.toHexString(System.identityHashCode(this))).append('[');
        sb.append("application");
        sb.append('=');
        sb.append(((this.application == null)?"<null>":this.application));
        sb.append(',');
        sb.append("materials");
        sb.append('=');
        sb.append(((this.materials == null)?"<null>":this.materials));
        sb.append(',');
        sb.append("authorizationLetter");
        sb.append('=');
        sb.append(((this.authorizationLetter == null)?"<null>":this.authorizationLetter));
        sb.append(',');
        sb.append("networkFiling");
        sb.append('=');
        sb.append(((this.networkFiling == null)?"<null>":this.networkFiling));
        sb.append(',');
        sb.append("contacts");
        sb.append('=');
        sb.append(((this.contacts == null)?"<null>":this.contacts));
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
        result = ((result* 31)+((this.application == null)? 0 :this.application.hashCode()));
        result = ((result* 31)+((this.materials == null)? 0 :this.materials.hashCode()));
        result = ((result* 31)+((this.networkFiling == null)? 0 :this.networkFiling.hashCode()));
        result = ((result* 31)+((this.authorizationLetter == null)? 0 :this.authorizationLetter.hashCode()));
        result = ((result* 31)+((this.additionalProperties == null)? 0 :this.additionalProperties.hashCode()));
        result = ((result* 31)+((this.contacts == null)? 0 :this.contacts.hashCode()));
        return result;
    }

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if ((other instanceof ApplicationSubmission) == false) {
            return false;
        }
        ApplicationSubmission rhs = ((ApplicationSubmission) other);
        return (((((((this.application == rhs.application)||((this.application!= null)&&this.application.equals(rhs.application)))&&((this.materials == rhs.materials)||((this.materials!= null)&&this.materials.equals(rhs.materials))))&&((this.networkFiling == rhs.networkFiling)||((this.networkFiling!= null)&&this.networkFiling.equals(rhs.networkFiling))))&&((this.authorizationLetter == rhs.authorizationLetter)||((this.authorizationLetter!= null)&&this.authorizationLetter.equals(rhs.authorizationLetter))))&&((this.additionalProperties == rhs.additionalProperties)||((this.additionalProperties!= null)&&this.additionalProperties.equals(rhs.additionalProperties))))&&((this.contacts == rhs.contacts)||((this.contacts!= null)&&this.contacts.equals(rhs.contacts))));
    }

}
