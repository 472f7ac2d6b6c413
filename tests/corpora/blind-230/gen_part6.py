# Certification program mail, badges, other programs, billing console case, and phishing.
from gen_lib import *
from gen_part2 import credly

UNR = ("unrelated", False, None, [])
CM_AUTH_C = auth_exo("certmetrics.com", "certmetrics.com")
CM_AUTH_P = auth_gmail("certmetrics.com", "bounce@certmetrics.com", policy="NONE")
CM = ad("AWS Certification", "do-not-reply@certmetrics.com")

# CERT1 expiry reminder (company address)
C1T = """Hello Ryo Sasaki,

Your AWS Certified Solutions Architect - Associate certification expires on April 22, 2025.

To keep it active, pass the current version of the exam (SAA-C03) or a higher-level exam in the same track before that date. Recertifying extends your certification by three years from the date you pass.

Candidate ID: AWS02736815
Certification validation number: 7QK2W1PJ3B41Q5SV

Sign in to your AWS Certification Account to schedule an exam or review your benefits:
https://www.aws.training/certification

AWS Training and Certification
"""
add("CERT1", dt("2025-02-25 10:40"), CM, ME_C, "Your AWS Certification expires in 60 days",
    alt(C1T, "<html><body>" + html_pre(C1T) + "</body></html>", "CERT1"), ("certification", False, None, [CID_C]),
    "Expiry reminder from CertMetrics with the candidate ID in its text; program mail, no case.",
    msgid=mid("CERT1", "certmetrics.com"), auth=CM_AUTH_C, tz=UTC)

# CERT2 program input invitation
C2T = """Hello,

As an AWS Certified professional, you are invited to help shape future AWS Certification exams. Subject matter experts review exam items, take part in standard-setting workshops and provide feedback on exam guides.

If you're interested, complete the short interest form in your AWS Certification Account under Benefits > Subject Matter Expert. Participation is voluntary.

Thank you for being part of the AWS Certification community.
AWS Training and Certification
"""
add("CERT2", dt("2025-02-28 10:00"), CM, ME_C, "AWS Certification would like your input",
    Leaf("<html><body>" + html_pre(C2T) + "</body></html>", "html", cte="quoted-printable"),
    ("certification", False, None, []), "SME programme invitation (HTML only): a voluntary ask, not a case.",
    msgid=mid("CERT2", "certmetrics.com"), auth=CM_AUTH_C, tz=UTC)

# badge from another issuer
credly("BD0", dt("2025-03-06 17:40"), "Certified Kubernetes Administrator (CKA)",
       "The Linux Foundation sent you a new badge",
       "Credly mail from a non-AWS issuer: still badge mail.", issuer="The Linux Foundation")

# S1 lookalike domain: "See below." over a fake earlier message
S1_FAKE = """Hello,

Your certification account merge is pending identity verification. To prevent the loss of your certifications and exam history, sign in and verify your AWS Builder ID within 24 hours:

https://aws-trainingcert-support.com/merge/verify?case=174132360000512

If we do not receive your verification, your merge request will be cancelled and your certification records may be archived.

AWS Training and Certification Customer Support"""
S1 = ("Hello Ryo,\n\nSee below.\n\nAWS Training and Certification\n\n"
      + outlook("AWS Training & Certification <support@aws-trainingcert-support.com>", dt("2025-03-06 18:20"),
                ME_P, "RE:[CASE 174132360000512] Account merge", S1_FAKE) + "\n")
add("S1", dt("2025-03-07 14:22"), ad("AWS Training & Certification", "support@aws-trainingcert-support.com"), ME_P,
    "RE:[CASE 174132360000512] [AWS Training and Certification Form Submission] - account-assistance",
    alt(S1, "<html><body>" + html_pre(S1) + "</body></html>", "S1"), ("suspicious", False, None, []),
    "Lookalike domain copying the case subject; 'See below.' over a fake history with a credential link. DKIM passes for its own domain.",
    msgid=mid("S1", "aws-trainingcert-support.com"),
    auth=auth_gmail("aws-trainingcert-support.com", "bounce@aws-trainingcert-support.com", policy="NONE"))

# S2 spoofed real sender, dmarc=fail
S2 = """Hi Ryo,

Reminder: please complete the confirmation below so we can finish your merge.

> To confirm that both certification profiles are yours, sign in with your
> AWS Builder ID at the secure page below and re-enter your password and
> one-time code:
> http://aws-training-merge.help/confirm?id=174208500000734
>
> Unconfirmed merges are cancelled after 48 hours.

AWS Training and Certification Customer Support
"""
add("S2", dt("2025-03-16 10:00"), ad("AWS Training and Certification", TC_FORM), ME_P,
    "RE:[CASE 174208500000734] [AWS Training and Certification Form Submission] - account-assistance",
    Leaf(S2, cte="quoted-printable"), ("suspicious", False, None, []),
    "Spoofed real T&C sender: dkim/spf/dmarc fail in Authentication-Results; asks for password and code via a non-AWS link.",
    msgid=mid("S2", "mail-relay7.example.net"),
    auth=auth_gmail("amazon.com", "info@mail-relay7.example.net", dkim="fail", spf="softfail", dmarc="fail",
                    dkim_d="mail-relay7.example.net"),
    extra={"Received-SPF": "softfail (google.com: domain of transitioning info@mail-relay7.example.net does not designate 198.51.100.77 as permitted sender)"})

# Google Cloud certification (other program)
GC = """Hi Ryo,

Your Professional Cloud Architect certification expires on June 1, 2025. Renew now to keep your credential active: the renewal exam is available from 60 days before expiry.

Renew: https://cloud.google.com/learn/certification/renew
Google Cloud Certification
"""
add("U29", dt("2025-04-02 08:00"), ad("Google Cloud Certification", "cloud-certification-noreply@google.com"), ME_P,
    "Your Google Cloud certification expires in 60 days", alt(GC, "<html><body>" + html_pre(GC) + "</body></html>", "U29"),
    UNR, "Another vendor's certification expiry: looks like AWS certification mail but is not.",
    msgid=mid("U29", "google.com"), auth=auth_gmail("google.com", "cloud-certification-noreply@google.com", policy="REJECT"))

# Pearson VUE reminder (booking moved to the personal profile)
PV = """Dear Ryo Sasaki,

This is a reminder of your upcoming exam.

Exam: SAA-C03: AWS Certified Solutions Architect - Associate
Date and time: Thursday, April 3, 2025 10:00 JST
Location: Pearson VUE Test Center, Tokyo Shinjuku
Registration number: 482019377
Candidate ID: AWS11480392

Bring two valid forms of identification. The name on your ID must match the name in your profile.

Pearson VUE
"""
add("U32", dt("2025-04-02 09:00"), ad("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME_P,
    "Reminder: Your AWS exam appointment is tomorrow", Leaf(PV, charset="us-ascii", cte="7bit"),
    ("unrelated", False, None, [CID_P]), "Exam vendor reminder, candidate ID (now the personal one) in its own text.",
    msgid=mid("U32", "pearson.com"), auth=auth_gmail("pearson.com", "bounce@pearson.com"), tz=UTC)

# CERT3 result available, CERT4 recertified
C3T = """Hello Ryo Sasaki,

Your result for the AWS Certified Solutions Architect - Associate (SAA-C03) exam you took on April 3, 2025 is now available in your AWS Certification Account, under Exam History.

https://www.aws.training/certification

AWS Training and Certification
"""
add("CERT3", dt("2025-04-03 21:10"), CM, ME_P, "Your AWS Certification exam result is available", Leaf(C3T, charset="us-ascii", cte="7bit"),
    ("certification", False, None, []), "Exam result notice.", msgid=mid("CERT3", "certmetrics.com"), auth=CM_AUTH_P, tz=UTC)

C4T = """Congratulations, Ryo Sasaki!

You have recertified your AWS Certified Solutions Architect - Associate certification. Your new expiration date is April 3, 2028.

Candidate ID: AWS11480392
Validation number: 2MB8D3XQ4N1E1GS0

Your digital badge will be issued through Credly within a few days. Your 50% discount benefit for a future exam is now available in your account.

AWS Training and Certification
"""
add("CERT4", dt("2025-04-04 09:00"), CM, ME_P, "Congratulations! You are AWS Certified again",
    alt(C4T, "<html><body><h1>Congratulations!</h1>" + html_pre(C4T) + "</body></html>", "CERT4"),
    ("certification", False, None, [CID_P]), "Recertification congratulations with the personal candidate ID.",
    msgid=mid("CERT4", "certmetrics.com"), auth=CM_AUTH_P, tz=UTC)

credly("BD3", dt("2025-04-04 09:15"), "AWS Certified Solutions Architect - Associate",
       "Amazon Web Services Training and Certification sent you a new badge", "Badge for the recertification.")

# S3 Credly lookalike
S3 = """Hi Ryo,

We detected that your AWS Certification account was recently merged. Badges linked to the old account will be revoked in 48 hours unless you re-claim them.

Re-claim your badges: https://credly-notify.net/reclaim?u=ryo.sasaki.dev

Credly Support Team
"""
add("S3", dt("2025-04-05 12:00"), ad("Credly", "badges@credly-notify.net"), ME_P,
    "Action required: your AWS badges will be revoked", alt(S3, "<html><body>" + html_pre(S3) + "</body></html>", "S3"),
    ("suspicious", False, None, []), "Credly lookalike domain that knows about the merge and threatens revocation.",
    msgid=mid("S3", "credly-notify.net"), auth=auth_gmail("credly-notify.net", "bounce@credly-notify.net", policy="NONE"))

# S4 Japanese phishing, ISO-2022-JP
S4 = """佐々木 遼 様

AWS 認定アカウント統合の最終確認が完了しておりません。
下記リンクより AWS Builder ID とパスワードを入力し、本人確認を完了してください。
本日中に確認が完了しない場合、保有資格が失効する恐れがございます。

本人確認: https://aws-certification-jp.com/login

AWS トレーニングと認定 事務局
"""
add("S4", dt("2025-04-06 20:00"), ad("AWS認定 事務局", "no-reply@aws-certification-jp.com", "iso-2022-jp"), ME_P,
    "【重要】AWS認定アカウント統合の最終確認のお願い", Leaf(S4, charset="iso-2022-jp", cte="7bit"),
    ("suspicious", False, None, []), "Japanese credential phishing from a lookalike domain, urgent tone.",
    msgid=mid("S4", "aws-certification-jp.com"), hcs="iso-2022-jp",
    auth=auth_gmail("aws-certification-jp.com", "no-reply@aws-certification-jp.com", dmarc="fail", dkim="none", policy="NONE"))

# Billing console case (not T&C): ack and a question
BILL_URL = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % CASE_BILL
BILL_SUBJ = "Billing: Charges after closing my personal test account"
BILL_FOOT = ("\n\nThank you for using Amazon Web Services.\n\nAmazon Web Services\n\n"
             "Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n"
             "To respond to this case, use the link above.\n")
BA = """Dear Amazon Web Services customer,

We have opened case %s on your behalf.

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: I closed account 903512774406 on 2 March but was charged USD 3.12 on 3 April. Please explain.

To see all of the correspondence on this case, or to add a reply, sign in to the Support Center:
%s""" % (CASE_BILL, CASE_BILL, BILL_SUBJ, BILL_URL) + BILL_FOOT
B_AUTH = auth_gmail("amazon.com", "0101019600dd@email.amazonses.com")
b1 = add("BILL1", dt("2025-04-07 09:41"), ad("Amazon Web Services", "no-reply-aws@amazon.com"), ME_P,
         "Amazon Web Services: New Support case: " + CASE_BILL, Leaf(BA, charset="us-ascii", cte="7bit"),
         ("unrelated", False, CASE_BILL, []), "Billing console case opened: same template as the T&C console case, other topic.",
         msgid=mid("BILL1", "ses"), auth=B_AUTH, tz=UTC)
BB = """Hello,

We have updated your case %s. To see the update or to add a reply, sign in to the Support Center:
%s

Correspondence:
Hello Ryo, the USD 3.12 is for the final days of February usage, billed after closure. Can you confirm whether you'd like a copy of the final invoice sent to the new billing contact address? Reply in the Support Center.

Kwame
AWS Billing and Accounts""" % (CASE_BILL, BILL_URL) + BILL_FOOT
add("BILL2", dt("2025-04-08 10:00"), ad("Amazon Web Services", "no-reply-aws@amazon.com"), ME_P,
    "RE:[CASE %s] %s" % (CASE_BILL, BILL_SUBJ), Leaf(BB, cte="quoted-printable"),
    ("unrelated", False, CASE_BILL, []),
    "Billing case question: real AWS support asking something, but not Training and Certification.",
    msgid=mid("BILL2", "ses"), irt=b1, refs=b1, auth=B_AUTH, tz=UTC)
