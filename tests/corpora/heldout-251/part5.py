"""Messages 054-067: 10-28 April 2025 (case E: closed for silence, reopened)."""
from common import *

E_SUBJ = "RE: [CASE %s] %s" % (CASE_E, TC_SUBJ)
ID_E_ACK = mid("e-ack")
ID_E_ASK = mid("e-ask")
ID_E_WARN = mid("e-warn")
ID_E_CLOSED = mid("e-closed")
ID_E_R1 = mid("e-user-r1", "kumori-mail.jp")
ID_E_REOPEN = mid("e-reopen")
E_REFS = [ID_E_ACK, ID_E_ASK, ID_E_WARN, ID_E_CLOSED]

ASK_E = """Hello Haruka,

Thanks for getting in touch about the name on your certificates. Since the
merge, the records show your name as "TSUJIMOTO HARUKA", taken from the former
company account, and that is what the certificate generator prints.

I can correct this, but the name on file also has to match the ID you show at
the test centre, so I would rather not guess. How should it read exactly, and
in which order: given name first or family name first?

Best regards,
Rhiannon P.
AWS Training and Certification Customer Support
"""


def msgs():
    out = []

    # 054 short acknowledgement, different template
    ack = """Hello,

Your request has been received and case %s has been created.
Inquiry type: Certification / Other
Summary: The name on my certificates appears in the wrong order (family name
first, all capitals) since my accounts were merged.

A member of our team will reply by e-mail, usually within one business day.
Please keep the case number in the subject of any reply.

AWS Training and Certification
""" % CASE_E
    out.append(M("acknowledgement", False, CASE_E, [],
                 "Short acknowledgement in a different template ('Your request has been received'); 'keep the case number in any reply' is not an ask.",
                 aws_in("Thu, 10 Apr 2025 16:06:40 +0000", "e-ack", TC, P, E_SUBJ,
                        text(ack, charset="us-ascii", cte="7bit"), crlf=False)))

    # 055 info request with a question, no please
    ask_html = "<html><body>%s</body></html>" % "".join(
        "<p>%s</p>" % p.replace("\n", " ") for p in ASK_E.strip().split("\n\n"))
    out.append(M("info_request", True, CASE_E, [],
                 "Request buried after an explanation and phrased as a question ('How should it read exactly...?').",
                 aws_in("Fri, 11 Apr 2025 07:44:02 +0000", "e-ask", TC, P, E_SUBJ,
                        alt(ASK_E, ask_html, "e-ask"), irt=ID_E_ACK)))

    # 056 AWS Educate form case (other program)
    edu = """Hello Haruka,

Thank you for contacting AWS Educate. Regarding the student club members who
cannot see their classroom invitations: could you confirm the institution
email domain the students registered with, and the name of the classroom?

Regards,
Joaquin R.
AWS Educate Support
"""
    out.append(M("unrelated", False, CASE_EDU, [],
                 "AWS Educate form case (aws-cs-educate-form) asking a question: same shape as a T&C case but another program, so no reply flag; case number kept.",
                 aws_in("Sat, 12 Apr 2025 03:18:29 +0000", "edu",
                        "aws-cs-educate-form@amazon.com", P,
                        "RE:[CASE %s] [AWS Educate Form Submission] - classroom-access" % CASE_EDU,
                        text(edu))))

    # 057 free tier alert
    ft = """Hello,

Your AWS account 408812563390 has exceeded 85% of the usage limit for one or
more AWS Free Tier-eligible services for the month of April.

Product: AmazonEC2  Usage: 640 Hrs  Limit: 750 Hrs

To avoid charges, review your usage in the Billing console.
Amazon Web Services
"""
    out.append(M("unrelated", False, None, [],
                 "Free Tier usage alert with a 12-digit account number.",
                 aws_in("Mon, 14 Apr 2025 09:00:12 +0000", "freetier",
                        "\"Amazon Web Services\" <freetier@costalerts.amazonaws.com>", P,
                        "AWS Free Tier limit alert", text(ft, charset="us-ascii", cte="7bit"),
                        domain="costalerts.amazonaws.com")))

    # 058 first closing warning
    warn = """Hello Haruka,

Just checking in: I still need to know how your name should appear before I
can update the certificates. If I don't hear from you in the next 24 hours, I
will close this case; a reply will keep it open.

Rhiannon P.
AWS Training and Certification Customer Support
"""
    out.append(M("closing_notice", True, CASE_E, [],
                 "Short 24-hour closing warning that also repeats the pending question.",
                 aws_in("Tue, 15 Apr 2025 08:02:19 +0000", "e-warn", TC, P, E_SUBJ,
                        text(warn, charset="us-ascii", cte="7bit"), irt=ID_E_ASK,
                        refs=ID_E_ACK + " " + ID_E_ASK)))

    # 059 Credly lookalike
    ph = """<html><body style="font-family:Arial">
<p><img src="https://credly-badge-center.com/img/logo.png" alt="Credly"></p>
<p>Hello,</p>
<p>Your <b>AWS Certified Developer &ndash; Associate</b> badge has been flagged for
revocation because your issuer account changed. Re-validate your identity to keep it:</p>
<p><a href="https://credly-badge-center.com/revalidate?id=hts">Keep my badge</a></p>
<p>Credly Trust &amp; Safety</p></body></html>"""
    out.append(M("suspicious", False, None, [],
                 "Credly lookalike domain threatening badge revocation after the merge.",
                 plain_in("Tue, 15 Apr 2025 22:40:51 +0000", "phish-credly",
                          "Credly <no-reply@credly-badge-center.com>", P,
                          "Your AWS badge will be revoked in 48 hours", html(ph),
                          domain="credly-badge-center.com", relay="mta7.bulkhost.example")))

    # 060 case closed for silence (HTML only, QP)
    closed = """<html><body style="font-family:Arial,sans-serif">
<p>Hello Haruka,</p>
<p>As we did not receive a response to our earlier messages, this case has now
been <b>closed</b>.</p>
<p>If you still need help with the name on your certificates, simply reply to this
e-mail within the next 14 days and the case will be reopened automatically with
its full history.</p>
<p>AWS Training and Certification Customer Support</p>
<div style="border-top:1px solid #ddd;margin-top:16px;color:#888">
<p><b>From:</b> aws-cs-trainingcertification-form@amazon.com<br><b>Sent:</b> 15 April 2025 08:02</p>
<p>Just checking in: I still need to know how your name should appear before I
can update the certificates.</p></div></body></html>
"""
    out.append(M("closing_notice", True, CASE_E, [],
                 "HTML-only 'case closed, reply within 14 days to reopen': a closed case that a reply reopens counts as a closing notice that needs a reply.",
                 aws_in("Thu, 17 Apr 2025 08:05:33 +0000", "e-closed", TC, P, E_SUBJ,
                        html(closed), irt=ID_E_WARN, refs=" ".join(E_REFS[:3]))))

    # 061 owner replies from the phone, top-posted
    r1 = """Sorry for the silence, I was travelling. Please print it given name first:
Haruka Tsujimoto (normal capitalisation), which matches my passport.

Sent from my iPhone

> On Apr 17, 2025, at 17:05, aws-cs-trainingcertification-form@amazon.com wrote:
>
> Hello Haruka,
> As we did not receive a response to our earlier messages, this case has now
> been closed.
> If you still need help with the name on your certificates, simply reply to this
> e-mail within the next 14 days and the case will be reopened automatically.
"""
    out.append(M("user_reply", False, CASE_E, [],
                 "Owner's top-posted phone reply over the closing notice (quote markers in a mobile style).",
                 mine("Fri, 18 Apr 2025 07:51:02 +0900", "e-user-r1", who(ME_NAME, P), TC, E_SUBJ,
                      text(r1, cte="quoted-printable"), irt=ID_E_CLOSED, refs=" ".join(E_REFS),
                      agent="iPhone Mail (22D82)")))

    # 062 reopened
    ro = """Hello Haruka,

Welcome back, and no problem at all. Your case has been reopened and I have
passed the corrected name (Haruka Tsujimoto) to our records team. Updated
certificates normally follow within two business days; I will confirm here
once they are ready.

Rhiannon P.
AWS Training and Certification Customer Support
"""
    out.append(M("case_update", False, CASE_E, [],
                 "Case reopened and handed to the records team; nothing asked.",
                 aws_in("Fri, 18 Apr 2025 02:33:47 +0000", "e-reopen", TC, P, E_SUBJ,
                        text(ro, charset="us-ascii", cte="7bit"), irt=ID_E_R1,
                        refs=" ".join(E_REFS + [ID_E_R1]))))

    # 063 Japanese phishing posing as the exam vendor
    pj = """辻本 遥 様

ピアソンVUE 試験結果センターです。
4月の AWS 認定試験の結果は、本人確認が完了していないため保留となっております。
72 時間以内に下記ページで本人確認手数料(1,500円)をお支払いください。
お支払いがない場合、試験結果は無効となります。

https://pearsonvue-scorecheck.com/jp/verify

ピアソンVUE カスタマーサービス
"""
    out.append(M("suspicious", False, None, [],
                 "Japanese phishing posing as the exam vendor (lookalike domain, fee demand); DKIM fails.",
                 plain_in("Sat, 19 Apr 2025 14:21:06 +0900", "phish-pv",
                          who("ピアソンVUE", "results@pearsonvue-scorecheck.com"), P,
                          subj("【重要】AWS認定試験結果の保留について"), text(pj, cte="base64"),
                          domain="pearsonvue-scorecheck.com", ok=False, relay="203-0-113-54.static.example")))

    # 064 resolved with conditional invitation
    res = """Hello Haruka,

The records team has finished: your name now reads "Haruka Tsujimoto" on your
profile and on every certificate. You can download the updated PDFs from the
Certifications page of your AWS Certification Account. No further action is
required.

If anything still looks wrong, reply to this e-mail and I will take another look.

Best regards,
Rhiannon P.
AWS Training and Certification Customer Support

> How should it read exactly, and in which order: given name first or family
> name first?
"""
    out.append(M("resolved", False, CASE_E, [],
                 "Name fixed; 'no further action is required' plus a conditional invitation and a quoted old question.",
                 aws_in("Tue, 22 Apr 2025 05:12:38 +0000", "e-res", TC, P, E_SUBJ,
                        text(res), irt=ID_E_R1, refs=" ".join(E_REFS + [ID_E_R1, ID_E_REOPEN]))))

    # 065 survey asking for a reply with a number
    sv = """Hi,

Case %s is now resolved. On a scale of 1 (poor) to 5 (excellent),
how would you rate the help you received? Just reply to this e-mail with a
single number, and add a comment if you like.

Thank you for helping us improve.
AWS Training and Certification Customer Support
""" % CASE_E
    out.append(M("survey", False, CASE_E, [],
                 "Survey that asks for a reply by e-mail (rate 1-5): a feedback request, not a case request.",
                 aws_in("Wed, 23 Apr 2025 05:15:00 +0000", "e-survey",
                        "AWS Customer Service <aws-cs-survey@amazon.com>", P,
                        "Quick question about case %s" % CASE_E,
                        text(sv, charset="us-ascii", cte="7bit"))))

    # 066 exam result
    er = """<html><body style="font-family:Arial">
<p>Hello Haruka Tsujimoto,</p>
<p>Congratulations! You have successfully completed the
<b>AWS Certified Solutions Architect &ndash; Professional</b> exam and earned the
certification.</p>
<table><tr><td>Candidate ID</td><td>%s</td></tr>
<tr><td>Exam date</td><td>26 April 2025</td></tr>
<tr><td>Validation number</td><td>Q7LMB2K1J5E4Q9SX</td></tr></table>
<p>Your digital badge will arrive from Credly within 5 business days.</p>
<p>AWS Certification</p></body></html>""" % CID_NEW
    out.append(M("certification", False, None, [CID_NEW],
                 "Exam result (passed) from CertMetrics, with the candidate ID in an HTML table.",
                 plain_in("Sun, 27 Apr 2025 11:03:15 +0000", "cm-pass",
                          "AWS Certification <do-not-reply@certmetrics.com>", P,
                          "Congratulations, you are now AWS Certified!", html(er, cte="quoted-printable"),
                          domain="certmetrics.com")))

    # 067 recertification
    rc = """Hello Haruka Tsujimoto,

Congratulations on recertifying your AWS Certification! Passing the
Solutions Architect - Professional exam has renewed your AWS Certified Solutions
Architect - Associate certification. Its new expiry date is 26 April 2028.

You can view your updated status and download certificates in your AWS
Certification Account.

AWS Certification
"""
    out.append(M("certification", False, None, [],
                 "Recertification notice (renewal via a higher exam); certification program mail, no case.",
                 plain_in("Mon, 28 Apr 2025 11:05:42 +0000", "cm-recert",
                          "AWS Certification <do-not-reply@certmetrics.com>", P,
                          "Congratulations on recertifying your AWS Certification!",
                          text(rc, charset="us-ascii", cte="7bit"), domain="certmetrics.com")))
    return out
