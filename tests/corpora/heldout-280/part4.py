"""Late May 2025: merge done, survey, spoof, reopened for the missing voucher."""
from mk import *  # noqa: F401,F403
from part2 import SUBJ_A, AUTH_G
from part3 import TXT_CONF

# 037 resolved, HTML-only, top-post over Gmail-style quoted history
w = d(2025, 5, 21, 3, 30, tz=JST)
IDS["A_done"] = mid_ses(w)
conf_html = "".join("%s<br>" % esc(l) for l in TXT_CONF.split("\n"))
html = html_wrap("""<p>Hello Naoko,</p>
<p>Thanks for confirming. Your two profiles are now one: everything from the former company profile - exam history,
the Solutions Architect - Associate certification and its benefits - lives under candidate ID %s, and you sign in
with %s from now on. The old profile has been retired.</p>
<p>No further action is required on your part. Your Credly badge will be re-issued to the surviving profile
automatically.</p>
<p>Kind regards,<br>Tomasz<br>AWS Training and Certification Customer Service</p>
<div class="gmail_quote"><div>On Tue, May 20, 2025 at 8:12 AM Naoko Ichimura &lt;%s&gt; wrote:</div>
<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">
Confirmed: both profiles are mine. Please keep Account 2 (%s, the gmail one) and merge Account 1 into it.<br><br>
<div>On Mon, May 12, 2025 at 2:05 PM AWS Training and Certification wrote:</div>
<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>
</blockquote></div>""" % (CAND_NEW, ME_P, ME_P, CAND_NEW, conf_html))
raw = build(frm=addr("AWS Training and Certification", TC), to=ME_P, subject="RE: " + SUBJ_A, date=w,
            html=html, enc="qp", mid=IDS["A_done"], irt=IDS["A_ok"],
            refs=" ".join([IDS["A_ack"], IDS["A_conf"], IDS["A_close"], IDS["A_ok"]]), auth=AUTH_G())
add(w, raw, "resolved", False, CASE_A, [CAND_NEW],
    "merge done without the word 'merged'; quotes the full confirmation request (with both IDs) underneath")

# 038 Credly re-issued badge
w = d(2025, 5, 21, 4, 12, tz=JST)
html = html_wrap("""<table width="600" align="center"><tr><td style="padding:20px">
<p>Hi Naoko,</p>
<p>You've been issued a badge by <b>Amazon Web Services Training and Certification</b>:</p>
<p style="font-size:18px"><b>AWS Certified Solutions Architect &ndash; Associate</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/8b1e44d0-57c3-4f6a-9d2e-0c61fa3e7a19">View and accept your badge</a></p>
<p style="font-size:11px;color:#777">You are receiving this email because an organization issued you a badge through Credly.</p>
</td></tr></table>""")
raw = build(frm=addr("Credly", "admin@credly.com"), to=ME_P,
            subject="Naoko, you've been issued a new badge!", date=w, html=html, enc="qp",
            mid=mid_generic("credly.com"), auth=auth_gmail("credly.com", "bounces@credly.com", ip="198.21.5.40"))
add(w, raw, "badge", False, None, [], "Credly re-issue right after the merge")

# 039 spoof on a real AWS domain (dmarc=fail)
w = d(2025, 5, 21, 17, 6, tz=JST)
html = html_wrap("""<p>Hello,</p>
<p>We completed a merge of AWS Certification accounts associated with this e-mail address. For your protection, the
merged account has been temporarily restricted until you re-validate your sign-in details.</p>
<p><a href="https://aws-training.signin-verify.co/validate?id=ZnR3">Re-validate my account</a></p>
<p>If you do not re-validate within 48 hours, your certifications will be removed from the merged account.</p>
<p>AWS Training and Certification</p>""")
raw = build(frm=addr("AWS Training and Certification", TC), to=ME_P,
            subject="RE: [CASE %s] Account merge completed - verification required" % "174580271100392", date=w,
            html=html, enc="qp", mid=mid_generic("mail-relay-ams.net"),
            auth=auth_gmail("amazon.com", "postmaster@mail-relay-ams.net", dkim="fail", spf="softfail",
                            dmarc="fail", ip="91.215.85.17"),
            received=[received_gmail("91.215.85.17", "mail-relay-ams.net", w)])
add(w, raw, "suspicious", False, None, [],
    "From is the real T&C sender but dkim=fail, dmarc=fail, spf=softfail from a foreign relay; case number in subject is close to the real one")

# 040 survey for case A
w = d(2025, 5, 22, 10, 0, tz=JST)
txt = """Hello Naoko,

Your AWS Training and Certification case %s was closed
recently. Would you take two minutes to tell us about it? Three questions,
no sign-in needed:

https://survey.aws.training/s/tc-cs?case=%s

Please note that replies to this email are not monitored. If your issue is
not fully resolved, reply on the original case instead and we'll pick it up.

Thank you,
AWS Training and Certification Customer Experience
""" % (CASE_A, CASE_A)
raw = build(frm=addr("AWS Training and Certification", "aws-tc-feedback@amazon.com"), to=ME_P,
            subject="Tell us about your recent support experience", date=w, text=txt, charset="us-ascii",
            enc="7bit", mid=mid_ses(w), auth=AUTH_G())
add(w, raw, "survey", False, CASE_A, [], "survey with 'Please'/'reply on the original case' conditional")

# 041 AWS Educate closing notice (other program)
w = d(2025, 5, 23, 11, 15, tz=JST)
txt = """Hello Naoko,

We have not received the institutional e-mail address we asked for on
May 6. We will close this case on May 30 if we don't hear from you. You can
reopen it at any time by replying to this message.

Regards,
AWS Educate Support
"""
raw = build(frm=addr("AWS Educate", "aws-cs-educate-form@amazon.com"), to=ME_P,
            subject="RE:[CASE %s] [AWS Educate Form Submission] - educator-verification" % CASE_EDU,
            date=w, text=txt, charset="us-ascii", enc="7bit", mid=mid_ses(w), auth=AUTH_G())
add(w, raw, "unrelated", False, None, [], "closing notice from an AWS Educate form case - not T&C")

# 042 owner writes back under a new subject (threads only by In-Reply-To)
w = d(2025, 5, 24, 22, 48, tz=JST)
IDS["A_ben"] = mid_gmail()
txt = """Hello,

Thank you for merging my accounts. Everything looks right except one
thing: the 50%% discount voucher I had on the old account (%s) is not
under Benefits on the merged one. Could it be moved over as well?

Best regards,
Naoko Ichimura
""" % CAND_OLD
raw = build(frm=addr(ME_NAME, ME_P), to=TC, subject="50% discount benefit missing after merge", date=w, text=txt,
            enc="qp", mid=IDS["A_ben"], irt=IDS["A_done"], refs=" ".join([IDS["A_ack"], IDS["A_done"]]))
add(w, raw, "user_reply", False, CASE_A, [CAND_OLD],
    "owner's follow-up with a new subject and no case token; belongs to the case only via In-Reply-To")

# 043 case reopened and handed over
w = d(2025, 5, 26, 9, 31, tz=JST)
IDS["A_reopen"] = mid_ses(w)
txt = """Hi Naoko,

I've reopened your case. Exam benefits such as discount vouchers are
managed by a separate team, so I've handed it over to them together with
this whole thread. They'll be in touch by email directly; nothing more is
needed from you in the meantime.

Hana K.
AWS Training and Certification Customer Service
"""
raw = build(frm=addr("AWS Training and Certification", TC), to=ME_P,
            subject="RE:[CASE %s] 50%% discount benefit missing after merge" % CASE_A, date=w, text=txt,
            enc="qp", mid=IDS["A_reopen"], irt=IDS["A_ben"], refs=IDS["A_done"] + " " + IDS["A_ben"],
            auth=AUTH_G())
add(w, raw, "case_update", False, CASE_A, [], "reopened after resolution and passed to another team")

# 044 benefits team questions, terse
w = d(2025, 5, 28, 9, 40, tz=JST)
IDS["A_q"] = mid_ses(w)
txt = """Naoko,

Benefits team here. Two questions so we restore the right voucher:

- Was it the one you got for passing Solutions Architect - Associate in
  November 2023, or a different one?
- Did you apply it to an exam booking at some point, even one you
  rescheduled or cancelled afterwards?

A screenshot of the old Benefits page would also help, if you kept one.

Oluwaseun
AWS Certification Benefits
"""
html = html_wrap("<p>Naoko,</p><p>Benefits team here. Two questions so we restore the right voucher:</p><ul>"
                 "<li>Was it the one you got for passing Solutions Architect - Associate in November 2023, or a different one?</li>"
                 "<li>Did you apply it to an exam booking at some point, even one you rescheduled or cancelled afterwards?</li></ul>"
                 "<p>A screenshot of the old Benefits page would also help, if you kept one.</p><p>Oluwaseun<br>AWS Certification Benefits</p>")
raw = build(frm=addr("AWS Training and Certification", TC), to=ME_P,
            subject="RE:[CASE %s] 50%% discount benefit missing after merge" % CASE_A, date=w, text=txt,
            html=html, enc="b64", mid=IDS["A_q"], irt=IDS["A_reopen"],
            refs=" ".join([IDS["A_done"], IDS["A_ben"], IDS["A_reopen"]]), auth=AUTH_G())
add(w, raw, "info_request", True, CASE_A, [],
    "bare questions as bullets, no please/could you; different team and signature")

# 045 console case about billing (not T&C)
w = d(2025, 5, 28, 15, 30, 4, tz=JST)
txt = """Dear Customer,

We've opened case %s in response to your request. You can
expect a reply within 24 hours.

Case ID: %s
Subject: Unexpected NAT Gateway charges in ap-northeast-1
Service: Billing
Account: [AWS ID 604812774417]

To view or update this case, go to:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Thank you for contacting Amazon Web Services.

Please note: this e-mail was sent from an address that cannot accept
incoming e-mails. To update your case, use the link above.
""" % (CASE_BILL, CASE_BILL, CASE_BILL)
raw = build(frm=addr("Amazon Web Services", "no-reply-aws@amazon.com"), to=ME_P,
            subject="Amazon Web Services: New Support case: %s" % CASE_BILL, date=w, text=txt,
            charset="us-ascii", enc="7bit", mid=mid_ses(w), auth=AUTH_G())
add(w, raw, "unrelated", False, None, [],
    "Support Center console ack for a billing question - same template as T&C console cases, other topic")

# 046 owner answers the benefits team
Q_SHORT = """Naoko,

Benefits team here. Two questions so we restore the right voucher:
[...]
Oluwaseun"""
w = d(2025, 5, 28, 21, 3, tz=JST)
IDS["A_ans"] = mid_gmail()
txt = """Hi Oluwaseun,

- Yes, it was the voucher from the SAA pass in November 2023 (old
  candidate ID %s).
- I think so: on May 2 I booked the SAA recertification exam for June 10
  from the old account and may have applied it then. The booking is
  registration 418275936.

I don't have a screenshot, sorry.

Naoko

On Wed, May 28, 2025 at 9:40 AM AWS Training and Certification <%s> wrote:
%s
""" % (CAND_OLD, TC, quote_gt(Q_SHORT))
raw = build(frm=addr(ME_NAME, ME_P), to=TC,
            subject="Re: RE:[CASE %s] 50%% discount benefit missing after merge" % CASE_A, date=w, text=txt,
            enc="qp", mid=IDS["A_ans"], irt=IDS["A_q"], refs=" ".join([IDS["A_ben"], IDS["A_reopen"], IDS["A_q"]]))
add(w, raw, "user_reply", False, CASE_A, [CAND_OLD], "owner's bulleted answers with a 9-digit registration ID")

# 047 voucher restored
w = d(2025, 6, 2, 10, 20, tz=JST)
IDS["A_vou"] = mid_ses(w)
txt = """Hello Naoko,

Sorted. The voucher had been applied to the June 10 booking made from the
old account, which is why it no longer showed as available. We've put a
new 50%% discount voucher on your merged profile; you'll find it under
Benefits, valid until November 3, 2026.

The June 10 appointment itself is still on the calendar at Pearson VUE.

All the best,
Oluwaseun
AWS Certification Benefits
"""
raw = build(frm=addr("AWS Training and Certification", TC), to=ME_P,
            subject="RE:[CASE %s] 50%% discount benefit missing after merge" % CASE_A, date=w, text=txt,
            enc="qp", mid=IDS["A_vou"], irt=IDS["A_ans"], refs=" ".join([IDS["A_ben"], IDS["A_q"], IDS["A_ans"]]),
            auth=AUTH_G(), crlf=True)
add(w, raw, "resolved", False, CASE_A, [], "one-word 'Sorted.' resolution of the reopened request, CRLF")

# 048 CertMetrics new benefit notice
w = d(2025, 6, 2, 10, 47, tz=JST)
txt = """Hello Naoko Ichimura,

A new benefit has been added to your AWS Certification Account:

  50%% discount on your next AWS Certification exam

Sign in and open Benefits to get your code.

AWS Candidate ID: %s

AWS Certification
""" % CAND_NEW
raw = build(frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
            subject="A new benefit is available in your AWS Certification Account", date=w, text=txt,
            charset="us-ascii", enc="7bit", mid=mid_generic("certmetrics.com"),
            auth=auth_gmail("certmetrics.com", "bounce@certmetrics.com", ip="198.2.180.51"))
add(w, raw, "certification", False, None, [CAND_NEW], "automatic benefit notice that follows the case resolution")
