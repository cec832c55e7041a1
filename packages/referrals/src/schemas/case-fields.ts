import {
  EXPLOITATION_LOCATIONS,
  EXPLOITATION_TYPES,
  GENDERS,
  JURISDICTIONS,
  UNDER_18_ANSWERS,
} from '@antislavery/model';
import {
  FIRST_RESPONDER_ORGANISATIONS,
  isFirstResponderOrganisation,
  isNationality,
  isOverseasCountry,
  isPoliceForce,
  isUkCityOrTown,
  isUkRegion,
  NATIONALITIES,
  OVERSEAS_COUNTRIES,
  POLICE_FORCES,
  UK_CITIES_AND_TOWNS_DISTINCT,
  UK_REGIONS,
} from '@antislavery/model/lists';
import {
  confirm,
  date,
  email,
  list,
  listSelect,
  object,
  optional,
  select,
  text,
  yesNo,
} from '../fields/kit.js';
import {
  CONTACT_METHODS,
  LAST_CONTACT_ANSWERS,
  MULTIPLE_SITUATION_ANSWERS,
  YES_NO_NOT_SURE_ANSWERS,
} from '../form-options.js';

// The groups of fields that an NRM referral and a Duty to Notify notification share: everything
// the form asks before the consent question, and the potential victim's name, gender, nationality
// and contact details. Each field names the form's own field.

const CITIES: readonly string[] = UK_CITIES_AND_TOWNS_DISTINCT;

const freeText = (label: string, form: string, required?: string) =>
  text({ label, form, sensitivity: 'free-text', ...(required === undefined ? {} : { required }) });

/** The first responder and their organisation (the form's email check, reference and organisation). */
export const firstResponderField = object(
  {
    organisation: listSelect(FIRST_RESPONDER_ORGANISATIONS, isFirstResponderOrganisation, {
      label: 'your organisation',
      form: 'user-organisation',
      message: 'Select your organisation from the list',
    }),
    email: email({ label: 'your work email address', form: 'user-email', sensitivity: 'personal' }),
    reference: text({ label: 'your reference', form: 'reference', sensitivity: 'personal' }),
  },
  { label: 'your details as the first responder' },
);

/** Where the first responder is making the report. */
export const jurisdictionField = select(JURISDICTIONS, {
  label: 'where you are making this report',
  form: 'fr-location',
  message: 'Select where you are making this report',
});

/** The potential victim's age now and during the exploitation. */
export const ageField = object(
  {
    under18: select(UNDER_18_ANSWERS, {
      label: 'if the potential victim is under 18',
      form: 'pv-under-age',
      message: 'Select if the potential victim is under 18',
    }),
    under18DuringExploitation: optional(
      select(UNDER_18_ANSWERS, {
        label: 'if they were under 18 at any time during the exploitation',
        form: 'pv-under-age-at-time-of-exploitation',
        message: 'Select if they were under 18 at any time during the exploitation',
      }),
    ),
  },
  { label: 'their age' },
);

/** Their background: where they were born, their family, education and work. */
export const backgroundField = object(
  {
    birthplace: freeText('their place of birth', 'birthplace'),
    family: freeText('details of their family', 'family'),
    education: freeText('details of their education', 'education'),
    employmentHistory: freeText('their employment history', 'employment-history'),
  },
  { label: 'their background' },
);

/** One period of exploitation, typed: a start date and, unless it goes on, an end date. */
const periodField = object(
  {
    from: date({ label: 'the date this period of exploitation started' }),
    to: optional(date({ label: 'the date this period of exploitation ended' })),
  },
  { label: 'the period of exploitation' },
);

/** The exploitation situation: how many, when, how it started and the journey. */
export const exploitationField = object(
  {
    multipleSituations: select(MULTIPLE_SITUATION_ANSWERS, {
      label: 'if they have been in more than one exploitative situation',
      form: 'potential-victim-exploitative-situation-multiple',
      message: 'Select if they have been in more than one exploitative situation',
    }),
    dates: freeText('when the exploitation took place', 'when-did-the-exploitation-take-place'),
    periods: optional(
      list(periodField, {
        label: 'the periods of exploitation',
        required: 'Enter at least one period of exploitation, or leave the periods out',
        max: 20,
      }),
    ),
    howItStarted: freeText('how they came to be exploited', 'how-did-the-exploitation-start'),
    takenSomewhere: yesNo({
      question: 'if they were taken somewhere by their exploiter',
      form: 'were-they-taken-somewhere-by-their-exploiter',
    }),
    journeyDetails: optional(
      freeText('the journey details', 'were-they-taken-somewhere-by-their-exploiter-journey-details'),
    ),
  },
  { label: 'the details of the exploitation' },
);

/** How they were treated: an average day, living conditions and treatment. */
export const treatmentField = object(
  {
    averageDay: freeText('what they were required to do on an average day', 'what-were-they-required-to-do'),
    livingConditions: freeText('their living conditions', 'living-conditions'),
    treatment: freeText('how they were treated', 'how-they-were-treated'),
  },
  { label: 'how they were treated' },
);

/** Whether they are still exploited, and what keeps them there or how they left. */
export const currentSituationField = object(
  {
    stillExploited: yesNo({
      question: 'if the potential victim is still in an exploitative situation',
      form: 'still-in-exploitative-situation',
    }),
    whatIsKeepingThem: optional(
      freeText('what is keeping them in the situation', 'what-is-keeping-them-in-situation'),
    ),
    howTheyLeft: optional(
      freeText('how and why they left the situation', 'how-why-did-they-leave-the-situation'),
    ),
  },
  { label: 'whether they are still in the exploitative situation' },
);

/** When they were last in contact with their exploiters. */
export const lastContactField = object(
  {
    when: select(LAST_CONTACT_ANSWERS, {
      label: 'when they were last in contact with their exploiters',
      form: 'when-last-contact',
      message: 'Select when they were last in contact with their exploiters',
    }),
    details: optional(
      text({
        label: 'the details of their last contact',
        form: 'details-last-contact',
        sensitivity: 'free-text',
        notUrl: true,
      }),
    ),
  },
  { label: 'their last contact with their exploiters' },
);

/**
 * Whether this is the first chance they have had to report it, and why they report now. The form
 * keeps this question's field name (`is-this-the-first-chance-to-report`) while its wording has
 * changed over time; the values are the field's own.
 */
export const reportedBeforeField = object(
  {
    firstChance: select(YES_NO_NOT_SURE_ANSWERS, {
      label: 'if this is the first chance they have had to report this',
      form: 'is-this-the-first-chance-to-report',
      message: 'Select if this is the first chance they have had to report this',
    }),
    yesDetails: optional(
      freeText('more about their first chance to report', 'yes-the-first-chance-to-report'),
    ),
    notSureDetails: optional(
      freeText(
        'more about why it is not known if this is their first chance to report',
        'not-sure-the-first-chance-to-report',
      ),
    ),
    whyReportNow: optional(freeText('why they are reporting it now', 'why-report-now')),
  },
  { label: 'whether they have reported this before' },
);

/** The first responder's assessment: indicators, interview, insight, credibility, others involved. */
export const assessmentField = object(
  {
    indicators: yesNo({
      question: 'if you identified any modern slavery indicators',
      form: 'modern-slavery-indicators',
    }),
    indicatorsDetails: optional(
      freeText('the modern slavery indicators you identified', 'modern-slavery-indicators-details'),
    ),
    interview: freeText('where and how the interview was carried out', 'where-how-interview-carried-out'),
    professionalInsight: freeText('your professional insight', 'professional-insight'),
    credibilityConcerns: yesNo({
      question: 'if there are any indicators or evidence of dishonesty',
      form: 'evidence-of-dishonesty',
    }),
    credibilityConcernsDetails: optional(
      freeText('the indicators or evidence of dishonesty', 'evidence-of-dishonesty-details'),
    ),
    othersInvolved: yesNo({
      question: 'if other people or organisations are involved',
      form: 'are-others-involved',
    }),
    othersInvolvedDetails: optional(freeText('the other people involved', 'are-others-involved-details')),
  },
  { label: 'your assessment' },
);

/** Where they were exploited: the UK, overseas or both, with up to ten places of each. */
export const locationsField = object(
  {
    where: select(EXPLOITATION_LOCATIONS, {
      label: 'where they were exploited',
      form: 'where-exploitation-happened',
      message: 'Select where they were exploited',
    }),
    ukCities: optional(
      list(
        listSelect(CITIES, isUkCityOrTown, {
          label: 'the UK city or town',
          form: 'where-exploitation-happened-uk-city',
          message: 'Select the city or town from the list',
        }),
        {
          label: 'the UK cities and towns',
          form: 'where-exploitation-happened-uk-city',
          required: 'Select at least one city or town, or Unknown',
          max: 10,
        },
      ),
    ),
    ukAddress: optional(
      freeText('the address or location in the UK', 'where-exploitation-happened-other-uk-other-location'),
    ),
    overseasCountries: optional(
      list(
        listSelect(OVERSEAS_COUNTRIES, isOverseasCountry, {
          label: 'the country',
          form: 'where-exploitation-happened-overseas-country',
          message: 'Select the country from the list',
        }),
        {
          label: 'the countries',
          form: 'where-exploitation-happened-overseas-country',
          required: 'Select at least one country, or Unknown',
          max: 10,
        },
      ),
    ),
    overseasAddress: optional(
      freeText(
        'the address or location overseas',
        'where-exploitation-happened-other-overseas-other-location',
      ),
    ),
  },
  { label: 'where they were exploited' },
);

/** Where the potential victim is now. */
export const currentLocationField = object(
  {
    city: listSelect(CITIES, isUkCityOrTown, {
      label: 'the city or town they are in now',
      form: 'current-pv-location-uk-city',
      message: 'Select the city or town they are in now from the list',
      sensitivity: 'personal',
    }),
    region: listSelect(UK_REGIONS, isUkRegion, {
      label: 'the region they are in now',
      form: 'current-pv-location-uk-region',
      message: 'Select the region they are in now from the list',
    }),
  },
  { label: 'where they are now' },
);

/** Who exploited them and where the exploiters are. */
export const exploitersField = object(
  {
    details: freeText('details about the exploiters', 'who-exploited-pv'),
    locationKnown: yesNo({
      question: 'if you have information about where the exploiters are',
      form: 'exploiters-location',
    }),
    inUk: optional(yesNo({ question: 'if the exploiters are in the UK', form: 'are-exploiters-in-the-uk' })),
    locationDetails: optional(
      freeText('information about where the exploiters are', 'exploiters-current-location-details'),
    ),
  },
  { label: 'the exploiters' },
);

/** The types of exploitation, with details when "Other" is ticked. */
export const exploitationTypesField = object(
  {
    types: list(
      select(EXPLOITATION_TYPES, {
        label: 'the type of exploitation',
        codeBase: 'exploitation-types',
        message: 'Select a type of exploitation from the list',
      }),
      {
        label: 'the types of exploitation',
        codeBase: 'exploitation-types',
        required: 'Select at least one type of exploitation',
        max: EXPLOITATION_TYPES.length,
        unique: true,
        atLeastOne: true,
      },
    ),
    otherDetails: optional(freeText('the other type of exploitation', 'other-exploitation-details')),
  },
  // The group and its list share the code segment `exploitation-types`, so they share a message.
  { label: 'the types of exploitation', required: 'Select at least one type of exploitation' },
);

/** Whether there are other potential victims. */
export const otherVictimsField = object(
  {
    answer: select(YES_NO_NOT_SURE_ANSWERS, {
      label: 'if there are other potential victims',
      form: 'any-other-pvs',
      message: 'Select if there are other potential victims',
    }),
    yesDetails: optional(
      freeText('details of the other potential victims', 'other-potential-victims-yes-details'),
    ),
    notSureDetails: optional(
      freeText(
        'why you are not sure about other potential victims',
        'other-potential-victims-not-sure-details',
      ),
    ),
  },
  { label: 'other potential victims' },
);

/** The risk that they will be exploited again. */
export const futureRiskField = object(
  {
    concerns: yesNo({
      question: 'if you are concerned they will be exploited again',
      form: 'future-exploitation-concerns',
    }),
    reasons: optional(
      freeText('why you are concerned they will be exploited again', 'future-exploitation-reasons'),
    ),
  },
  { label: 'the risk of future exploitation' },
);

/** Whether the crime was reported to the police, to which force, with which reference. */
export const policeField = object(
  {
    reported: yesNo({ question: 'if this has been reported to the police', form: 'reported-to-police' }),
    force: optional(
      listSelect(POLICE_FORCES, isPoliceForce, {
        label: 'the police force',
        form: 'reported-to-police-police-forces',
        message: 'Select the police force from the list',
      }),
    ),
    crimeReference: optional(
      text({
        label: 'the crime reference number',
        form: 'reported-to-police-crime-reference',
        sensitivity: 'personal',
      }),
    ),
  },
  { label: 'the police report' },
);

/** Whether they will co-operate with the authorities. */
export const cooperationField = object(
  {
    willing: yesNo({
      question: 'if they are willing to co-operate with the authorities',
      form: 'authorities-cooperation',
    }),
    details: optional(
      text({
        label: 'the details of their co-operation',
        form: 'authorities-cooperation-details',
        sensitivity: 'free-text',
        notUrl: true,
      }),
    ),
  },
  { label: 'their co-operation with the authorities' },
);

/** The potential victim's name. */
export const nameField = object(
  {
    firstName: text({ label: 'their first name', form: 'pv-name-first-name', sensitivity: 'personal' }),
    lastName: text({ label: 'their last name', form: 'pv-name-last-name', sensitivity: 'personal' }),
    nickname: optional(text({ label: 'their nickname', form: 'pv-name-nickname', sensitivity: 'personal' })),
  },
  { label: 'their name' },
);

/** The potential victim's gender, as the form records it. */
export const genderField = select(GENDERS, {
  label: 'their gender',
  form: 'pv-gender',
  message: 'Select their gender',
});

/** The potential victim's nationality. */
export const nationalityField = listSelect(NATIONALITIES, isNationality, {
  label: 'their nationality',
  form: 'pv-nationality',
  message: 'Select their nationality from the list',
});

/** The potential victim's second nationality. */
export const secondNationalityField = listSelect(NATIONALITIES, isNationality, {
  label: 'their second nationality',
  form: 'pv-nationality-second',
  message: 'Select their second nationality from the list',
});

/** A postal address, as the form asks it. */
function addressField(prefix: string, whose: string) {
  return object(
    {
      street: text({
        label: `${whose} building and street`,
        form: `${prefix}-street`,
        sensitivity: 'personal',
      }),
      town: text({ label: `${whose} town or city`, form: `${prefix}-town`, sensitivity: 'personal' }),
      county: optional(text({ label: `${whose} county`, form: `${prefix}-county`, sensitivity: 'personal' })),
      postcode: text({ label: `${whose} postcode`, form: `${prefix}-postcode`, sensitivity: 'personal' }),
    },
    { label: `${whose} address` },
  );
}

function contactMethodsField(form: string, whom: string) {
  return list(
    select(CONTACT_METHODS, { label: 'the contact method', form, message: `Select how to contact ${whom}` }),
    {
      label: `how to contact ${whom}`,
      form,
      required: `Select how to contact ${whom}: by email, by post or both`,
      max: CONTACT_METHODS.length,
      unique: true,
    },
  );
}

/** The potential victim's own contact details (`pv-contact-details`), with the safety checks. */
export const contactDetailsField = object(
  {
    methods: contactMethodsField('pv-contact-details', 'them'),
    email: optional(
      email({
        label: 'their email address',
        form: 'pv-contact-details-email-input',
        sensitivity: 'personal',
      }),
    ),
    emailSafe: optional(
      confirm({
        label: 'that it is safe to email them',
        form: 'pv-contact-details-email-check',
        message: 'Confirm that it is safe to contact them at this email address',
      }),
    ),
    address: optional(addressField('pv-contact-details', 'their')),
    postSafe: optional(
      confirm({
        label: 'that it is safe to write to them',
        form: 'pv-contact-details-post-check',
        message: 'Confirm that it is safe to contact them at this address',
      }),
    ),
  },
  { label: 'their contact details' },
);

/** Someone else who should receive the decision (`someone-else`). */
export const someoneElseField = object(
  {
    methods: contactMethodsField('someone-else', 'the person receiving the decision'),
    firstName: optional(
      text({ label: "the person's first name", form: 'someone-else-first-name', sensitivity: 'personal' }),
    ),
    lastName: optional(
      text({ label: "the person's last name", form: 'someone-else-last-name', sensitivity: 'personal' }),
    ),
    email: optional(
      email({
        label: "the person's email address",
        form: 'someone-else-email-input',
        sensitivity: 'personal',
      }),
    ),
    address: optional(addressField('someone-else', "the person's")),
    permissionToSend: confirm({
      label: 'that you have permission to send the decision to this person',
      form: 'someone-else-permission-check',
      message: 'Confirm that the potential victim has given permission to send the decision to this person',
    }),
  },
  { label: 'the person who should receive the decision' },
);
