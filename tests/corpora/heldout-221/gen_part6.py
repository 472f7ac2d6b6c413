"""Messages, 10-25 June 2025: the exam, recertification, and the last traps."""
from gen_common import *  # noqa: F401,F403


def m070():
    d = dt("2025-06-10 07:05:31")
    text = f"""Dear Mariko Lindqvist,

Thank you for scheduling your exam with Pearson VUE. Please keep this e-mail for your records.

Exam: SAA-C03: AWS Certified Solutions Architect - Associate
Date and time: Friday, June 20, 2025 10:00 AM JST
Delivery: Online proctored (OnVUE)
Registration ID: 482917365
Candidate ID: {NEW}
Price: USD 150.00, discount applied: 50% AWS Certification benefit, total USD 75.00

Check in 30 minutes before your appointment and have your government-issued ID ready. To reschedule or cancel, sign in at least 24 hours before the exam.

Pearson VUE
"""
    htm = "<html><body style=\"font-family:Arial\">" + text_to_html(text) + "</body></html>\n"
    hd = gmail_auth("pearson.com", mailfrom="pvbounce@pearson.com", ip="148.163.150.77", sel="pps1") + [
        ("Date", date(d)),
        ("From", "Pearson VUE <pearsonvueconfirmation@pearson.com>"),
        ("To", ME_P),
        ("Subject", "Pearson VUE Confirmation of Exam Appointment"),
        ("Message-ID", mid_generic("m070", "pearson.com")),
    ]
    add("unrelated", False, None, [NEW], build(hd, alt(text, htm)),
        "Exam vendor appointment confirmation: 9-digit registration ID next to the AWS candidate ID; uses "
        "the restored benefit.")


def m071():
    d = dt("2025-06-11 22:13:40")
    htm = """<html><body style="font-family:Arial">
<p><img src="https://pearsonvue-candidates.com/img/pvue.png" alt="Pearson VUE"></p>
<p>Dear Candidate,</p>
<p>Your online exam appointment <b>SAA-C03</b> on 20 June 2025 has been <b style="color:#c00">cancelled</b> because the name on your profile does not match your certification record.</p>
<p>To keep your seat and your 50% AWS discount, confirm your identity and payment card within 12 hours:</p>
<p><a href="https://pearsonvue-candidates.com/reinstate?reg=482917365">Reinstate my appointment</a></p>
<p>Pearson VUE Candidate Services</p>
</body></html>
"""
    hd = [("Authentication-Results", "mx.google.com;\n       dkim=pass header.i=@pearsonvue-candidates.com header.s=default header.b=pV0e2kq1;\n"
           "       spf=pass (google.com: domain of support@pearsonvue-candidates.com designates 45.141.87.20 as permitted sender) smtp.mailfrom=support@pearsonvue-candidates.com;\n"
           "       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=pearsonvue-candidates.com"),
          ("Date", date(d)),
          ("From", "Pearson VUE <support@pearsonvue-candidates.com>"),
          ("To", ME_P),
          ("Subject", "Action required: your AWS exam appointment was cancelled"),
          ("Message-ID", mid_generic("m071", "pearsonvue-candidates.com"))]
    add("suspicious", False, None, [], build(hd, leaf(htm, subtype="html", cte="base64")),
        "Exam-vendor lookalike domain that knows the real registration number; asks for card details.")


def m072():
    d = dt("2025-06-12 16:00:00")
    text = """Hi Mariko,

Your Google Cloud Certified Professional Cloud Architect certification expires on August 11, 2025.

Renew by passing the current exam. Certified individuals get a renewal discount: sign in to Webassessor and choose "Renewal" when you register.

Questions? Contact Google Cloud Certification support through the help center. Please don't reply to this message.

Google Cloud Certification
"""
    hd = gmail_auth("google.com", mailfrom="cloud-certification-noreply@google.com", ip="209.85.220.69", sel="20230601") + [
        ("Date", date(d)),
        ("From", "Google Cloud Certification <cloud-certification-noreply@google.com>"),
        ("To", ME_P),
        ("Subject", "Your Professional Cloud Architect certification expires in 60 days"),
        ("Message-ID", mid_generic("m072", "google.com")),
    ]
    add("unrelated", False, None, [], build(hd, leaf(text)),
        "Another vendor's certification expiry; looks like AWS certification mail but is not.")


def m073():
    d = dt("2025-06-13 08:20:44")
    text = """Congratulations, Mariko!

HashiCorp has issued you a badge: HashiCorp Certified: Terraform Associate (003).

Accept your badge: https://www.credly.com/earner/earned/badge/9c1e2a77-3f0b-4b8e-a5d4-7e2c9f10b6aa

Credly
"""
    htm = "<html><body>" + text_to_html(text) + "</body></html>\n"
    hd = gmail_auth("credly.com", mailfrom="bounces@credly.com", ip="167.89.31.102", sel="s1") + [
        ("Date", date(d)),
        ("From", "Credly <admin@credly.com>"),
        ("To", ME_P),
        ("Subject", "HashiCorp has issued you a badge"),
        ("Message-ID", mid_generic("m073", "credly.com")),
    ]
    add("badge", False, None, [], build(hd, alt(text, htm)),
        "Credly badge from a non-AWS issuer (still the badge kind).")


def m074():
    d = dt("2025-06-16 04:55:19")
    text = """Hello Mariko,

Thank you for applying to volunteer as an AWS Educate guest educator.

To complete our review, could you reply with the name of the university or school where you plan to teach, and the name and e-mail address of your faculty contact there? We need this before we can activate your educator access.

Kind regards,
Lucía
AWS Educate Support
"""
    hd = gmail_auth("amazon.com", mailfrom="01000197756e30b1@amazonses.com", ip="54.240.27.66") + [
        ("Date", date(d)),
        ("From", addr("Amazon Web Services", "aws-cs-educate-form@amazon.com")),
        ("To", ME_P),
        ("Subject", "RE:[CASE 174989377100265] [AWS Educate Form Submission] - educator-support"),
        ("Message-ID", mid_ses("m074")),
    ]
    add("unrelated", False, None, [], build(hd, leaf(text, cte="7bit")),
        "Same form-case machinery and subject shape, 15-digit case, real question, but AWS Educate, not "
        "Training and Certification: not the tracked case, no reply owed to T&C.")


def m075():
    d = dt("2025-06-20 03:10:12")
    text = """Dear Mariko Lindqvist,

Thank you for testing with Pearson VUE today.

Exam: SAA-C03: AWS Certified Solutions Architect - Associate
Registration ID: 482917365

Your score report will be available from the exam sponsor. For AWS Certification, results are posted to your AWS Certification Account, usually within 5 business days.

We'd love to hear about your testing experience: https://pearsonvue.com/survey?r=482917365

Pearson VUE
"""
    hd = gmail_auth("pearson.com", mailfrom="pvbounce@pearson.com", ip="148.163.150.77", sel="pps1") + [
        ("Date", date(d)),
        ("From", "Pearson VUE <pearsonvueconfirmation@pearson.com>"),
        ("To", ME_P),
        ("Subject", "Thank you for testing with Pearson VUE"),
        ("Message-ID", mid_generic("m075", "pearson.com")),
    ]
    add("unrelated", False, None, [], build(hd, leaf(text, cte="quoted-printable")),
        "Exam vendor thank-you with its own survey link (not a support-case survey).")


def m076():
    d = dt("2025-06-21 09:41:00")
    htm = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<h2 style="color:#232f3e">Congratulations, you passed!</h2>
<p>Hello Mariko Lindqvist,</p>
<p>Your results for <b>AWS Certified Solutions Architect &ndash; Associate (SAA-C03)</b> are now in your AWS Certification Account.</p>
<table cellpadding="6" style="border:1px solid #ccc;border-collapse:collapse">
<tr><td style="border:1px solid #ccc">Result</td><td style="border:1px solid #ccc">PASS</td></tr>
<tr><td style="border:1px solid #ccc">Scaled score</td><td style="border:1px solid #ccc">812</td></tr>
<tr><td style="border:1px solid #ccc">Candidate ID</td><td style="border:1px solid #ccc">{NEW}</td></tr></table>
<p>Your digital badge will arrive from Credly shortly.</p>
<p><a href="https://www.aws.training/Certification">View your score report</a></p>
</body></html>
"""
    hd = gmail_auth("certmetrics.com", mailfrom="bounce@certmetrics.com", ip="198.2.135.11", sel="cm1") + [
        ("Date", date(d)),
        ("From", "AWS Certification <do-not-reply@certmetrics.com>"),
        ("To", ME_P),
        ("Subject", "Your AWS Certification exam results are available"),
        ("Message-ID", mid_generic("m076", "certmetrics.com")),
    ]
    add("certification", False, None, [NEW], build(hd, leaf(htm, subtype="html")),
        "Exam result, HTML table with a score (3-digit) and the candidate ID.")


def m077():
    d = dt("2025-06-21 09:44:30")
    text = f"""Hello Mariko,

Well done on keeping your AWS Certified Solutions Architect - Associate current. Your certification has been renewed.

New expiration date: June 20, 2028
Candidate ID: {NEW}

Your updated certificate can be downloaded from your AWS Certification Account. Because you passed a new exam, a fresh 50% discount benefit has also been added to your account.

AWS Certification
(This mailbox is not monitored.)
"""
    hd = gmail_auth("certmetrics.com", mailfrom="bounce@certmetrics.com", ip="198.2.135.12", sel="cm1") + [
        ("Date", date(d)),
        ("From", "AWS Certification <do-not-reply@certmetrics.com>"),
        ("To", ME_P),
        ("Subject", "Your AWS Certification has been renewed"),
        ("Message-ID", mid_generic("m077", "certmetrics.com")),
    ]
    add("certification", False, None, [NEW], build(hd, leaf(text, cte="7bit"), crlf=True),
        "Recertification notice, plain text CRLF.")


def m078():
    d = dt("2025-06-22 10:02:17")
    htm = """<html><body style="font-family:'Hiragino Sans','Meiryo',sans-serif;color:#333">
<div style="max-width:560px;margin:auto;padding:24px">
<img src="https://images.credly.com/size/110x110/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="110" alt="">
<h2>おめでとうございます、Mariko さん!</h2>
<p><b>Amazon Web Services Training and Certification</b> からバッジ「<b>AWS Certified Solutions Architect &ndash; Associate</b>」が発行されました。</p>
<p>バッジを受け取って、プロフィールに追加しましょう。</p>
<p><a href="https://www.credly.com/earner/earned/badge/71d3c0aa-2b8e-4f9a-9e51-0c6a4b8d2f13" style="background:#0a7ea4;color:#fff;padding:10px 24px;text-decoration:none">バッジを受け取る</a></p>
<p style="font-size:11px;color:#888">Credly, Inc.</p>
</div></body></html>
"""
    hd = gmail_auth("credly.com", mailfrom="bounces@credly.com", ip="167.89.31.102", sel="s1") + [
        ("Date", date(d)),
        ("From", "Credly <admin@credly.com>"),
        ("To", ME_P),
        ("Subject", h("Amazon Web Services Training and Certification からバッジが発行されました")),
        ("Message-ID", mid_generic("m078", "credly.com")),
    ]
    add("badge", False, None, [], build(hd, leaf(htm, subtype="html", cte="base64")),
        "Japanese Credly mail (base64 HTML) for the renewed badge.")


def m079():
    d = dt("2025-06-23 13:37:02")
    text = f"""Dear AWS Certified professional,

As a thank-you for renewing, you have been selected for a complimentary voucher for any AWS Certification exam (value USD 300).

To claim it, simply reply to this email with:
  - your AWS candidate ID
  - your date of birth
  - a photo of your government ID (front and back)

Vouchers are limited and will be allocated within 48 hours.

AWS Certification Benefits Team
"""
    hd = [("Received", "from vps-27441.hostsailor.example (unknown [193.29.13.77])\n        by mx.google.com with ESMTP id 51f0c2a9e1b7\n        for <" + ME_P + ">; " + date(d)),
          ("Authentication-Results", "mx.google.com;\n       spf=softfail (google.com: domain of transitioning do-not-reply@certmetrics.com does not designate 193.29.13.77 as permitted sender) smtp.mailfrom=do-not-reply@certmetrics.com;\n"
           "       dmarc=fail (p=REJECT sp=REJECT dis=QUARANTINE) header.from=certmetrics.com"),
          ("Date", date(d)),
          ("From", "AWS Certification <do-not-reply@certmetrics.com>"),
          ("Reply-To", "aws-cert-benefits@protonmail.example"),
          ("To", ME_P),
          ("Subject", "Claim your complimentary AWS Certification exam voucher"),
          ("Message-ID", "<" + hx("m079", 24) + "@vps-27441.hostsailor.example>")]
    add("suspicious", False, None, [], build(hd, leaf(text, cte="7bit")),
        "Genuine certification sender address but no DKIM and dmarc=fail, foreign Reply-To; asks for a reply "
        "with ID documents right after the real renewal.")


def m080():
    d = dt("2025-06-25 17:00:00")
    htm = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<h2>New this month on AWS Skill Builder</h2>
<ul>
<li><b>Exam Prep Plan: AWS Certified Solutions Architect &ndash; Professional</b> (updated for SAP-C02)</li>
<li>AWS Cloud Quest: Generative AI role</li>
<li>Ten new labs on Amazon Bedrock Agents</li>
</ul>
<p>Already certified? Your next step could be a Professional-level exam &mdash; check your AWS Certification Account for any discount benefit before you schedule.</p>
<p><a href="https://skillbuilder.aws/">Start learning</a></p>
<p style="font-size:11px;color:#666">You are receiving this because you subscribed to AWS Training and Certification updates. <a href="https://www.aws.training/Preferences">Manage preferences</a></p>
</body></html>
"""
    hd = gmail_auth("aws.training", mailfrom="bounce@mail.aws.training", ip="54.240.11.44", sel="awstr") + [
        ("Date", date(d)),
        ("From", "AWS Training and Certification <no-reply@aws.training>"),
        ("To", ME_P),
        ("Subject", "June on AWS Skill Builder: new exam prep plans"),
        ("Message-ID", mid_ses("m080", "us-east-1")),
        ("List-Unsubscribe", "<https://www.aws.training/Preferences>"),
    ]
    add("unrelated", False, None, [], build(hd, leaf(htm, subtype="html", cte="quoted-printable")),
        "Training newsletter whose display name is exactly 'AWS Training and Certification'.")


def run():
    for f in (m070, m071, m072, m073, m074, m075, m076, m077, m078, m079, m080):
        f()
