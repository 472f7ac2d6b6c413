#!/usr/bin/env python3
"""Blind held-out corpus generator: AWS T&C support-case mail plus surrounding noise.
Standard library only. Writes NNN-msg.eml / NNN-msg.json next to this script."""
import base64, quopri, json, os, hashlib, datetime, collections

HERE = os.path.dirname(os.path.abspath(__file__))
ME_P = "haruto.mori.cloud@gmail.com"
ME_C = "h-mori@kitamisoft.co.jp"
ME_NAME = "Haruto Mori"
TC = "aws-cs-trainingcertification-form@amazon.com"
JST = datetime.timezone(datetime.timedelta(hours=9))
UTC = datetime.timezone.utc
PDT = datetime.timezone(datetime.timedelta(hours=-7))
PST = datetime.timezone(datetime.timedelta(hours=-8))

# case numbers
CD = "8837261054"          # 2021, 10 digits, duplicate profiles same e-mail
CE = "13298475061"         # 2023, 11 digits, name on certificate, closed then reopened
CA = "174137558200431"     # 2025, 15 digits, company -> personal merge, APN hold
CB = "174137702900118"     # 2025, duplicate of CA
CC = "174366021500872"     # 2025, console case, voucher missing after merge
CF = "174590331200765"     # 2025, Japanese, link to new employer's partner account
OLD_ID, NEW_ID = "AWS03318842", "AWS07751290"
D1, D2 = "AWS01946627", "AWS02210583"

MSGS = []

def h(seed, n=16):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]

def ew(s, charset="utf-8"):
    """RFC 2047 encode (B) if non-ascii; split into several encoded-words for long text."""
    if all(ord(c) < 128 for c in s):
        return s
    words, chunk = [], ""
    for ch in s:
        if len((chunk + ch).encode(charset)) > 36:
            words.append(chunk); chunk = ""
        chunk += ch
    if chunk:
        words.append(chunk)
    cs = charset.upper() if charset != "utf-8" else "UTF-8"
    return "\n ".join("=?%s?B?%s?=" % (cs, base64.b64encode(w.encode(charset)).decode()) for w in words)

def addr(name, email, charset="utf-8"):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.()'):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (ew(name, charset), email)

def leaf(ctype, text, charset="utf-8", cte="7bit", extra=None):
    data = text.encode(charset)
    if cte == "base64":
        body = base64.encodebytes(data)
    elif cte == "quoted-printable":
        body = quopri.encodestring(data)
    else:
        body = data
    hd = [("Content-Type", '%s; charset="%s"' % (ctype, charset) if charset != "utf-8" or ctype == "text/html" else "%s; charset=UTF-8" % ctype),
          ("Content-Transfer-Encoding", cte)]
    if extra:
        hd += extra
    return hd, body

def multi(subtype, parts, seed):
    b = "----=_Part_%s" % h(seed + subtype, 20) if subtype != "alternative" else "000000000000%s" % h(seed, 14)
    out = b""
    for hd, body in parts:
        out += b"--" + b.encode() + b"\n"
        out += "".join("%s: %s\n" % kv for kv in hd).encode()
        out += b"\n" + body
        if not body.endswith(b"\n"):
            out += b"\n"
    out += b"--" + b.encode() + b"--\n"
    return [("Content-Type", 'multipart/%s;\n boundary="%s"' % (subtype, b))], out

def alt(text, html, seed, cte_t="quoted-printable", cte_h="quoted-printable", charset="utf-8"):
    return multi("alternative", [leaf("text/plain", text, charset, cte_t), leaf("text/html", html, charset, cte_h)], seed)

def auth_google(from_dom, ok=True, mailfrom=None, ip="54.240.27.18"):
    mailfrom = mailfrom or ("bounce@" + from_dom)
    if ok:
        return ("mx.google.com;\n       dkim=pass header.i=@%s header.s=%s header.b=%s;\n"
                "       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
                "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
                % (from_dom, h(from_dom, 8), h(mailfrom, 8), mailfrom, ip, mailfrom, from_dom))
    return ("mx.google.com;\n       dkim=fail header.i=@%s header.s=%s header.b=%s;\n"
            "       spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s"
            % (from_dom, h(from_dom, 8), h(mailfrom, 8), mailfrom, ip, mailfrom, from_dom))

def auth_corp(from_dom, ok=True, ip="54.240.48.77"):
    r = "pass" if ok else "fail"
    return ("mx01.kitamisoft.co.jp;\n\tspf=%s smtp.mailfrom=%s;\n\tdkim=%s header.d=%s;\n\tdmarc=%s header.from=%s"
            % ("pass" if ok else "none", from_dom, r, from_dom, r, from_dom))

def mid_ses(seed):
    x = h(seed, 40)
    return "<010001%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (x[:10], x[10:18], x[18:22], x[22:26], x[26:38])

def mid_gmail(seed):
    return "<CAK%s+%s@mail.gmail.com>" % (base64.b64encode(bytes.fromhex(h(seed, 30))).decode().replace("/", "x").replace("+", "Q"), h(seed + "z", 12))

def mid_outlook(seed):
    return "<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (h(seed, 4).upper(), h(seed + "a", 12).upper(), h(seed, 4).upper())

def add(kind, needs, case, cands, dt, frm, to, subject, content, note, mid=None, reply_to=None, refs=None,
        extra=None, auth=None, crlf=False, subj_charset="utf-8", cc=None, xmailer=None, hard=""):
    MSGS.append(dict(kind=kind, needs=needs, case=case, cands=cands, dt=dt, frm=frm, to=to, subject=subject,
                     content=content, note=note, mid=mid or mid_ses(subject + dt.isoformat()), reply_to=reply_to,
                     refs=refs, extra=extra or [], auth=auth, crlf=crlf, subj_charset=subj_charset, cc=cc,
                     xmailer=xmailer))
    return MSGS[-1]["mid"]

def render(m):
    hd = []
    if m["auth"]:
        hd.append(("Authentication-Results", m["auth"]))
    hd += m["extra"]
    hd.append(("Date", m["dt"].strftime("%a, %d %b %Y %H:%M:%S %z")))
    hd.append(("From", m["frm"]))
    hd.append(("To", m["to"]))
    if m["cc"]:
        hd.append(("Cc", m["cc"]))
    if m["reply_to"]:
        hd.append(("Reply-To", m["reply_to"]))
    hd.append(("Message-ID", m["mid"]))
    if m["refs"]:
        irt = m["refs"][-1]
        hd.append(("In-Reply-To", irt))
        hd.append(("References", "\n ".join(m["refs"])))
    hd.append(("Subject", ew(m["subject"], m["subj_charset"])))
    if m["xmailer"]:
        hd.append(("X-Mailer", m["xmailer"]))
    hd.append(("MIME-Version", "1.0"))
    chd, body = m["content"]
    hd += chd
    raw = "".join("%s: %s\n" % kv for kv in hd).encode() + b"\n" + body
    if not raw.endswith(b"\n"):
        raw += b"\n"
    if m["crlf"]:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw

def q(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.strip("\n").split("\n"))

def d(y, mo, da, hh, mi, tz=UTC, s=0):
    return datetime.datetime(y, mo, da, hh, mi, s, tzinfo=tz)

def tc_subj(case, tail="account-assistance", sp=False):
    return "RE:%s[CASE %s] [AWS Training and Certification Form Submission] - %s" % (" " if sp else "", case, tail)

def html_wrap(inner, lang="en"):
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n%s\n</body></html>\n' % (lang, inner))

import sys
sys.path.insert(0, HERE)

# ---------------------------------------------------------------- 2021: case D (10-digit, same e-mail twice)
FORM_D = """お問い合わせタイプ: 認定
その他の詳細: Account Merge
AWS 候補 ID: %s
お問い合わせ内容:
同じメールアドレス (%s) で認定アカウントが2つ作成されてしまいました。
%s と %s を統合し、%s の方を残していただけますでしょうか。""" % (D1, ME_P, D1, D2, D1)
ack_d_text = """Amazon Web Services をご利用いただきありがとうございます。

ケース %s を作成しました。担当者より通常24時間以内にご連絡いたしますが、内容によってはお時間を頂戴する場合がございます。
同じ内容で新しいケースを作成されますと対応が遅れる原因となりますので、ご遠慮くださいますようお願い申し上げます。

ケースの詳細:
------------------------------------------------------------
ケース ID: %s
件名: AWS Training and Certification Form Submission
重大度: 一般的なガイダンス
------------------------------------------------------------
%s

このメールへの返信は担当者に届きます。

Amazon Web Services
""" % (CD, CD, FORM_D)
m_ack_d = add("acknowledgement", False, CD, [D1, D1, D2, D1], d(2021, 9, 6, 2, 14), addr("Amazon Web Services", TC), ME_P,
    tc_subj(CD), leaf("text/plain", ack_d_text, "utf-8", "base64"),
    "JP ack of form case, base64 UTF-8; echoes the submitted form (with candidate IDs, counted as own text) incl. the user's own 〜いただけますでしょうか, which is not a request from support",
    auth=auth_google("amazon.com"))

req_d_text = """Hello Haruto,

Thank you for reaching out to AWS Training and Certification.

I looked up the address %s in our records, and it only brings back a single certification profile ({d1}). The second profile you mentioned does not come up under that e-mail, which usually means it was registered with a different address or under a slightly different spelling of your name.

Before I can combine anything I need to locate it. Could you send me the candidate ID of the second profile exactly as it appears in the top-right corner of the certification portal, together with any other e-mail address you may have signed up with back then?

Best regards,
Rajesh K.
AWS Training and Certification
""".replace("{d1}", D1) % ME_P
m_req_d = add("info_request", True, CD, [D1], d(2021, 9, 7, 0, 41), addr("Amazon Web Services", TC), ME_P,
    tc_subj(CD), leaf("text/plain", req_d_text, "utf-8", "7bit"),
    "asks for the second candidate ID and other addresses; question form 'Could you send me', after a long explanation",
    refs=[m_ack_d], auth=auth_google("amazon.com"))

rep_d_text = """Hi Rajesh,

Thank you for checking. The second profile is %s. I think I used my university address
h.mori@st.example-u.ac.jp at that time, but that mailbox no longer exists.

Please keep %s.

Best regards,
Haruto Mori

On Tue, Sep 7, 2021 at 9:41 AM Amazon Web Services <%s> wrote:
%s
""" % (D2, D1, TC, q(req_d_text))
m_rep_d = add("user_reply", False, CD, [D2, D1], d(2021, 9, 7, 21, 3, JST), addr(ME_NAME, ME_P), TC,
    tc_subj(CD), leaf("text/plain", rep_d_text, "utf-8", "quoted-printable"),
    "owner's answer with candidate IDs; Gmail quoting of the request below",
    mid=mid_gmail("repd"), refs=[m_ack_d, m_req_d])

upd_d_text = """Hello Haruto,

Thanks for the extra details. I have found the second profile and handed the merge over to our Certification Operations team, who carry out this kind of change. The team is handling an unusually large number of requests at the moment, so this may take several more business days.

There is nothing you need to do in the meantime. Please keep this case for any follow-up rather than opening a new one, as parallel cases are handled separately and slow things down.

Kind regards,
Rajesh K.
AWS Training and Certification
"""
m_upd_d = add("case_update", False, CD, [], d(2021, 9, 10, 5, 22), addr("Amazon Web Services", TC), ME_P,
    tc_subj(CD), leaf("text/plain", upd_d_text, "utf-8", "7bit"),
    "passed to another team, 'nothing you need to do'; mentions not opening new cases (reads like an instruction)",
    refs=[m_ack_d, m_req_d, m_rep_d], auth=auth_google("amazon.com"))

res_d_text = """Hello Haruto,

Good news: the two certification profiles are now combined. Everything from %s has been moved into %s, which is the profile you asked us to keep. Your exam history, certifications and any benefits will show there from now on; the other profile has been deactivated.

If Credly still shows an old state, give it a day to sync.

Regards,
Meiling T.
AWS Training and Certification

-----Original Message-----
From: %s
Sent: 2021-09-07 12:03 UTC
To: %s
Subject: %s

%s
""" % (D2, D1, ME_P, TC, tc_subj(CD), rep_d_text.split("\nOn Tue")[0].strip())
m_res_d = add("resolved", False, CD, [D2, D1], d(2021, 9, 15, 8, 50), addr("Amazon Web Services", TC), ME_P,
    tc_subj(CD, sp=True), leaf("text/plain", res_d_text, "utf-8", "7bit"),
    "8 days later: merge done; different agent; quotes user's reply in Outlook '-----Original Message-----' style",
    refs=[m_ack_d, m_req_d, m_rep_d], auth=auth_google("amazon.com"))

acclaim_html = html_wrap("""<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td>
<img src="https://images.youracclaim.com/logo.png" alt="Acclaim" width="120"></td></tr>
<tr><td><h2>Haruto, you have been awarded a badge!</h2>
<p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified Cloud Practitioner</b> badge.
Accept it to show it on your profile and share it with your network.</p>
<p><a href="https://www.youracclaim.com/badges/5f1c2a77-90d3-4b7e-a2a1-3c0d8e61f4b2/accept" style="background:#0a66c2;color:#fff;padding:10px 18px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:11px;color:#777">Acclaim is operated by Credly, Inc. You are receiving this message because an organisation issued you a badge.</p>
</td></tr></table>""")
add("badge", False, None, [], d(2021, 9, 15, 9, 31), addr("Acclaim", "admin@youracclaim.com"), ME_P,
    "Haruto, you've been awarded a badge from Amazon Web Services Training and Certification",
    leaf("text/html", acclaim_html, "utf-8", "quoted-printable"),
    "older Acclaim sender, HTML-only, arrives right after the merge; badge UUID not an ID",
    mid="<%s@youracclaim.com>" % h("acc1", 24), auth=auth_google("youracclaim.com", mailfrom="bounces@mail.youracclaim.com", ip="167.89.12.4"))

cm_survey = """Dear Haruto Mori,

AWS Certification is always looking for ways to improve the exam experience. You have been
selected to take part in a short, anonymous questionnaire about how you prepared for your
most recent exam. It takes around 10 minutes.

Take the questionnaire: https://www.certmetrics.com/amazon/survey/r/%s

Participation is voluntary. Thank you for helping shape AWS Certification.

AWS Certification
This is an automated message; replies to this address are not monitored.
""" % h("svy", 12)
add("certification", False, None, [], d(2021, 10, 2, 16, 5), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "AWS Certification wants to hear from you", leaf("text/plain", cm_survey, "us-ascii", "7bit"),
    "program-wide questionnaire from CertMetrics: looks like a survey but is not about a support case",
    mid="<%s.JavaMail.certmetrics@cm-prod-mail02>" % h("cms", 18), auth=auth_google("certmetrics.com", mailfrom="do-not-reply@certmetrics.com", ip="209.85.1.9"))

conf_d = """Hello Haruto,

Certification Operations have matched both profiles and are ready to combine them:

  Profile A - candidate ID %s - login %s - created 2019-04-02
  Profile B - candidate ID %s - login %s - created 2016-11-20

Everything would end up in Profile A and Profile B would be closed. That is irreversible, so we won't start until you reply to this message saying both profiles are yours and Profile A is the one to keep.

Rajesh K.
AWS Training and Certification
""" % (D1, ME_P, D2, "h.mori@st.example-u.ac.jp")
m_conf_d = add("confirmation_request", True, CD, [D1, D2], d(2021, 9, 13, 6, 10), addr("Amazon Web Services", TC), ME_P,
    tc_subj(CD), leaf("text/plain", conf_d, "utf-8", "7bit"),
    "confirmation asked as a condition ('we won't start until you reply ... saying'), no question, no please",
    refs=[m_ack_d, m_req_d, m_rep_d, m_upd_d], auth=auth_google("amazon.com"))
m_conf_d_rep = add("user_reply", False, CD, [D1], d(2021, 9, 13, 20, 44, JST), addr(ME_NAME, ME_P), TC,
    tc_subj(CD), leaf("text/plain", "Yes, both profiles are mine. Please keep Profile A (%s).\n\nHaruto\n\n-----Original Message-----\n%s" % (D1, conf_d), "utf-8", "7bit"),
    "short confirmation over a quoted listing with both IDs (only the new line counts)", mid=mid_gmail("confdrep"),
    refs=[m_ack_d, m_req_d, m_rep_d, m_upd_d, m_conf_d])

# ---------------------------------------------------------------- 2023: exam, case E (11-digit, closed then reopened)
pv_text = """Dear Haruto Mori,

Thank you for scheduling your exam with Pearson VUE.

Exam: SAA-C03: AWS Certified Solutions Architect - Associate
Registration ID: 483920117
Date and time: Saturday, May 20, 2023 10:00 AM JST
Delivery: OnVUE online proctored

Please run the system test on the computer you will use before exam day. If you need to
reschedule or cancel, do so at least 24 hours before your appointment via your Pearson VUE account.

Sincerely,
Pearson VUE
"""
add("unrelated", False, None, [], d(2023, 5, 8, 3, 12), addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME_P,
    "Confirmation of your exam appointment - AWS Certified Solutions Architect - Associate",
    leaf("text/plain", pv_text, "utf-8", "quoted-printable"),
    "exam vendor booking; 9-digit registration ID is not a case; 'if you need to reschedule' wording",
    mid="<%s@pearson.com>" % h("pv1", 20), auth=auth_google("pearson.com", mailfrom="bounce@pearson.com", ip="198.2.176.22"))

pass_text = """Hello Haruto Mori,

Congratulations! You have passed the AWS Certified Solutions Architect - Associate exam and are now
AWS Certified. Your candidate ID is %s.

Your certificate and digital badge are available from your AWS Certification account. Your
certification is valid for three years. A 50%% discount on your next exam has been added to
the Benefits section of your account.

AWS Certification
""" % D1
pass_html = html_wrap("""<div style="max-width:600px;margin:auto"><img src="https://d1.awsstatic.com/training-and-certification/certification-badges/AWS-Certified-Solutions-Architect-Associate_badge.png" width="90" alt="">
<h1 style="color:#ff9900;font-size:22px">Congratulations, you're AWS Certified!</h1>
<p>Hello Haruto Mori,</p><p>You have passed the <b>AWS Certified Solutions Architect &ndash; Associate</b> exam. Your candidate ID is <b>%s</b>.</p>
<p>Your certificate and digital badge are available from your AWS Certification account. Your certification is valid for three years.
A 50%% discount on your next exam has been added to the Benefits section of your account.</p>
<p><a href="https://www.aws.training/Certification">Go to your AWS Certification account</a></p><p>AWS Certification</p></div>""" % D1)
add("certification", False, None, [D1], d(2023, 5, 20, 6, 48), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Congratulations, you're AWS Certified!", alt(pass_text, pass_html, "pass1"),
    "exam pass notice with candidate ID; multipart/alternative QP",
    mid="<%s.JavaMail.certmetrics@cm-prod-mail01>" % h("pass", 18), auth=auth_google("certmetrics.com", mailfrom="do-not-reply@certmetrics.com", ip="209.85.1.9"))

credly_html = html_wrap("""<table role="presentation" width="100%%" style="background:#f4f5f7"><tr><td align="center">
<table width="560" style="background:#fff;padding:24px"><tr><td>
<p style="font-size:20px">Congratulations, Haruto!</p>
<p>You've earned a badge from <b>Amazon Web Services Training and Certification</b>:</p>
<p style="font-size:16px"><b>AWS Certified Solutions Architect &ndash; Associate</b></p>
<p><a href="https://www.credly.com/badges/%s">View and share your badge</a></p>
<p style="color:#888;font-size:11px">Credly, 3 Columbus Circle, New York, NY. <a href="https://www.credly.com/unsubscribe">Manage notifications</a></p>
</td></tr></table></td></tr></table>""" % "9d3e0b61-4a7f-4c2b-b1e5-72c8a0f3d915")
add("badge", False, None, [], d(2023, 5, 20, 7, 2), addr("Credly", "admin@credly.com"), ME_P,
    "Haruto, you earned a badge from Amazon Web Services Training and Certification",
    leaf("text/html", credly_html, "utf-8", "base64"), "Credly badge, HTML-only base64",
    mid="<%s@credly.com>" % h("cr1", 24), auth=auth_google("credly.com", mailfrom="bounces@credly.com", ip="149.72.3.44"))

FORM_E = """Inquiry type: Certification
Additional details: Certificate / Transcript
Candidate ID: %s
How can we help you?
My family name is printed as "MORl" (with a lower-case L) on the certificate for AWS Certified
Solutions Architect - Associate. The correct name is HARUTO MORI. Please correct it.""" % D1
ack_e = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s for your request.

Our team aims to reply within 24 hours; some requests take longer so that we can find the best solution.
If you already have a case open about this, please don't open another one for the same issue.

The details of your case are as follows:

Case ID: %s
Subject: AWS Training and Certification Form Submission
Severity: General guidance
Correspondence: %s

Sincerely,
Amazon Web Services
""" % (CE, CE, FORM_E)
m_ack_e = add("acknowledgement", False, CE, [D1], d(2023, 5, 22, 1, 30), addr("Amazon Web Services", TC), ME_P,
    tc_subj(CE, "certification"), leaf("text/plain", ack_e, "utf-8", "7bit"),
    "ack of a name-correction case; the echoed form ends with the owner's own 'Please correct it'",
    auth=auth_google("amazon.com"))

req_e = """Hi Haruto,

I'm Ana and I'll be helping with your certificate. I see the name on your certification profile has the last letter entered as a lower-case L, and that the exam was taken under the same profile, so the certificate simply reflects what is stored.

Name changes on a certification record have to match the identification you presented at the test centre or to the online proctor. We need you to type your first and last name exactly as they appear on that ID (Latin characters), and tell us which ID type you used (passport, driver's licence, ...). Please don't attach images of the document.

Thanks,
Ana R.
AWS Training & Certification Customer Support
"""
m_req_e = add("info_request", True, CE, [], d(2023, 5, 23, 17, 5), addr("AWS Training and Certification", TC), ME_P,
    tc_subj(CE, "certification"), leaf("text/plain", req_e, "utf-8", "quoted-printable"),
    "'We need you to type ...' with no question mark and no 'please' on the ask; 'Please don't attach' is a prohibition",
    refs=[m_ack_e], auth=auth_google("amazon.com"))

cl1_e = """Hello Haruto,

I am following up on case %s. On May 23 we asked for the name exactly as it is written on the ID you used for your exam, and we have not received a reply yet.

Unless we hear from you within the next 3 business days, this case will be closed automatically. A reply to this e-mail with the requested details will keep it open.

Ana R.
AWS Training & Certification Customer Support
""" % CE
m_cl1_e = add("closing_notice", True, CE, [], d(2023, 5, 26, 18, 0), addr("AWS Training and Certification", TC), ME_P,
    tc_subj(CE, "certification"), leaf("text/plain", cl1_e, "utf-8", "7bit"),
    "reminder with closing deadline", refs=[m_ack_e, m_req_e], auth=auth_google("amazon.com"))

cl2_e_html = html_wrap("""<p>Hello Haruto,</p>
<p>As we haven't received the information requested on this case, we have now closed case <b>%s</b>.</p>
<p>This does not mean the request is lost: just reply to this message with your name as shown on your ID and the case will be reopened automatically, with its history intact.</p>
<p>Best,<br>AWS Training &amp; Certification Customer Support</p>
<hr><div style="color:#666">On Tue, May 23, 2023, Ana R. wrote:<br><blockquote style="border-left:2px solid #ccc;padding-left:8px">%s</blockquote></div>""" % (CE, req_e.replace("\n\n", "<br><br>")))
m_cl2_e = add("closing_notice", True, CE, [], d(2023, 5, 30, 18, 2), addr("AWS Training and Certification", TC), ME_P,
    tc_subj(CE, "certification", sp=True), leaf("text/html", cl2_e_html, "utf-8", "quoted-printable"),
    "case already closed for no answer; 'just reply ... will be reopened' (HTML-only, old request quoted in blockquote) - still waiting on the owner",
    refs=[m_ack_e, m_req_e, m_cl1_e], auth=auth_google("amazon.com"))

rep_e = """Sorry for the late reply, I was on a business trip.

Name on my passport: HARUTO MORI (given name HARUTO, surname MORI)
ID type: passport

Haruto

2023年5月31日(水) 3:02 AWS Training and Certification <%s>:
%s
""" % (TC, q("Hello Haruto,\n\nAs we haven't received the information requested on this case, we have now closed case %s.\n\nThis does not mean the request is lost: just reply to this message with your name as shown on your ID and the case will be reopened automatically, with its history intact." % CE))
m_rep_e = add("user_reply", False, CE, [], d(2023, 6, 1, 8, 15, JST), addr(ME_NAME, ME_P), TC,
    tc_subj(CE, "certification", sp=True), leaf("text/plain", rep_e, "utf-8", "8bit"),
    "owner's late answer, Gmail JP header line '…:' above the quote", mid=mid_gmail("repe"),
    refs=[m_ack_e, m_req_e, m_cl1_e, m_cl2_e])

upd_e = """Hello Haruto,

Thank you, your case has been reopened. I have sent the corrected spelling to our certification records team together with the ID type you used. They update the profile and regenerate certificates; that usually takes 3-5 business days and I will write again once it's done.

Ana R.
AWS Training & Certification Customer Support
"""
m_upd_e = add("case_update", False, CE, [], d(2023, 6, 1, 2, 40) + datetime.timedelta(hours=3), addr("AWS Training and Certification", TC), ME_P,
    tc_subj(CE, "certification"), leaf("text/plain", upd_e, "utf-8", "7bit"),
    "reopened and passed to records team", refs=[m_ack_e, m_req_e, m_cl1_e, m_cl2_e, m_rep_e], auth=auth_google("amazon.com"))

res_e = """Hi Haruto,

Your name now reads HARUTO MORI on your certification profile, and the certificate for AWS Certified Solutions Architect - Associate has been regenerated. You can download the new PDF from the Certifications page. The Credly badge will pick up the new name within 24 hours.

No further action is required on your side. Should anything still look wrong, simply reply to this e-mail and we will take another look.

Ana R.
AWS Training & Certification Customer Support

> Sorry for the late reply, I was on a business trip.
>
> Name on my passport: HARUTO MORI (given name HARUTO, surname MORI)
> ID type: passport
"""
m_res_e = add("resolved", False, CE, [], d(2023, 6, 5, 22, 10), addr("AWS Training and Certification", TC), ME_P,
    tc_subj(CE, "certification"), leaf("text/plain", res_e, "utf-8", "7bit"),
    "record fixed; 'No further action is required' plus conditional 'Should anything still look wrong, simply reply'",
    refs=[m_ack_e, m_req_e, m_cl1_e, m_cl2_e, m_rep_e, m_upd_e], auth=auth_google("amazon.com"))

svy_e_html = html_wrap("""<table width="600" align="center"><tr><td>
<p>Hello,</p><p>Your recent case with AWS Training and Certification (Case ID: %s) was recently resolved.
How satisfied were you with the support you received?</p>
<table><tr>%s</tr></table>
<p>The survey takes less than two minutes. Please do not reply to this e-mail; replies are not monitored.</p>
</td></tr></table>""" % (CE, "".join('<td><a href="https://survey.aws-training-feedback.amazon.com/s/%s?score=%d" style="padding:6px 10px;border:1px solid #ccc">%d</a></td>' % (h("se", 10), i, i) for i in range(1, 6))))
add("survey", False, CE, [], d(2023, 6, 7, 1, 0), addr("AWS Training and Certification", "no-reply@aws-training-feedback.amazon.com"), ME_P,
    "How did we do? Tell us about your recent support case",
    alt("Hello,\n\nYour recent case with AWS Training and Certification (Case ID: %s) was recently resolved. How satisfied were you with the support you received?\n\nRate it: https://survey.aws-training-feedback.amazon.com/s/%s\n\nPlease do not reply to this e-mail; replies are not monitored.\n" % (CE, h("se", 10)), svy_e_html, "svye"),
    "case satisfaction survey; 'Please do not reply'", auth=auth_google("amazon.com"))

# ---------------------------------------------------------------- 2024 noise
gh = """@tkoba merged 1 commit into main from feature/account-merge-script

#412 Merge duplicate user accounts on login

Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kitamisoft/portal-backend/pull/412#event-11893012231
You are receiving this because you were mentioned.

Message ID: <kitamisoft/portal-backend/pull/412/issue_event/11893012231@github.com>
"""
add("unrelated", False, None, [], d(2024, 2, 14, 6, 31), addr("Takeshi Kobayashi", "notifications@github.com"), addr("kitamisoft/portal-backend", "portal-backend@noreply.github.com"),
    "Re: [kitamisoft/portal-backend] Merge duplicate user accounts on login (PR #412)",
    leaf("text/plain", gh, "utf-8", "7bit"), "GitHub 'merged' + 'accounts' notification",
    mid="<kitamisoft/portal-backend/pull/412/issue_event/11893012231@github.com>", refs=["<kitamisoft/portal-backend/pull/412@github.com>"],
    cc=addr(ME_NAME, ME_C), auth=auth_corp("github.com"), crlf=True)

bill = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in 4417, is available on the AWS web site.
Your account will be charged the following:

Total: USD 18.42

Account ID: [AWS ID 529183704417]

You can see a complete break-down of all charges on the Bills page of the AWS Billing and Cost Management console.

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109.
"""
add("unrelated", False, None, [], d(2024, 3, 3, 2, 4), addr("Amazon Web Services", "aws-billing@amazon.com"), ME_P,
    "Amazon Web Services Billing Statement Available [Account: 529183704417]", leaf("text/plain", bill, "us-ascii", "7bit"),
    "AWS billing: real amazon.com DKIM, 12-digit account ID in subject",
    auth=auth_google("amazon.com"))

sb = """Hi Haruto,

Thanks for subscribing to AWS Skill Builder Individual.

Order number: SB-2024-7781-3309
Plan: Individual (monthly)
Amount: USD 29.00
Next renewal: 2024-07-11

Manage your subscription at https://skillbuilder.aws/subscriptions

AWS Training and Certification
"""
add("unrelated", False, None, [], d(2024, 6, 11, 12, 2), addr("AWS Skill Builder", "no-reply@skillbuilder.aws"), ME_P,
    "Your AWS Skill Builder subscription receipt", leaf("text/plain", sb, "utf-8", "7bit"),
    "Skill Builder receipt signed 'AWS Training and Certification'",
    auth=auth_google("skillbuilder.aws", mailfrom="bounce@skillbuilder.aws"))

exp_html = html_wrap("""<p>森 遥斗 様</p>
<p>AWS 認定をご取得いただきありがとうございます。お持ちの <b>AWS Certified Developer – Associate</b> の有効期限は <b>2025年2月2日</b> です。</p>
<p>認定を維持するには、有効期限までに再認定試験に合格するか、上位の認定を取得してください。受験時には特典の 50% 割引バウチャーをご利用いただけます。</p>
<p><a href="https://www.aws.training/Certification">AWS 認定アカウントにアクセス</a></p>
<p>AWS 認定</p><p style="font-size:11px;color:#888">このメールは送信専用アドレスから送信されています。</p>""", "ja")
add("certification", False, None, [], d(2024, 11, 4, 0, 15), addr("AWS 認定", "do-not-reply@certmetrics.com"), ME_P,
    "【AWS 認定】認定の有効期限が近づいています", leaf("text/html", exp_html, "utf-8", "base64"),
    "Japanese expiry reminder, HTML-only base64, encoded From name",
    mid="<%s.JavaMail.certmetrics@cm-prod-mail02>" % h("exp", 18), auth=auth_google("certmetrics.com", mailfrom="do-not-reply@certmetrics.com", ip="209.85.1.9"))

edu = """Hello,

Thank you for contacting Amazon Web Services. We have opened case 173355201900413 for your request.

The details of your case are as follows:

Case ID: 173355201900413
Subject: AWS Educate Form Submission
Correspondence: Our company study group wants to invite 12 new graduates to AWS Educate. Is there a bulk sign-up option?

A member of the AWS Educate team will get back to you within two business days.

Sincerely,
Amazon Web Services
"""
add("unrelated", False, None, [], d(2024, 12, 7, 5, 43), addr("Amazon Web Services", "aws-cs-educate-form@amazon.com"), ME_C,
    "RE:[CASE 173355201900413] [AWS Educate Form Submission] - general-inquiry", leaf("text/plain", edu, "utf-8", "7bit"),
    "same template as T&C ack but AWS Educate program: not the tracked kind of case (case left null)",
    auth=auth_corp("amazon.com"), crlf=True)

# ---------------------------------------------------------------- 2025-03: case A (merge company -> personal, APN), duplicate B
farewell = """森さん

お疲れさまです。総務の佐藤です。
3月28日(金)に森さんの送別会を予定しています。場所は本社近くの「はなまる」、19時からです。
出欠を3月14日までにこのメールへの返信でお知らせください。

また、退職日(3/31)をもって会社のメールアカウントは停止されますので、
必要なメールやデータは早めに整理をお願いします。

佐藤
"""
add("unrelated", False, None, [], d(2025, 3, 3, 10, 20, JST), addr("佐藤 美咲", "m-sato@kitamisoft.co.jp", "iso-2022-jp"), ME_C,
    "送別会のご案内と退職手続きについて", leaf("text/plain", farewell, "iso-2022-jp", "7bit"),
    "colleague mail in ISO-2022-JP asking for a reply (RSVP) - not support",
    mid="<%s@kitamisoft.co.jp>" % h("fw", 20), subj_charset="iso-2022-jp", auth=auth_corp("kitamisoft.co.jp"),
    xmailer="Microsoft Outlook 16.0", crlf=True)

otp = """Verify your AWS Builder ID email address

Your verification code is: 604918

This code expires in 10 minutes. If you didn't try to create an AWS Builder ID, you can ignore this e-mail.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
"""
add("unrelated", False, None, [], d(2025, 3, 7, 10, 52), addr("AWS", "no-reply@signin.aws"), ME_P,
    "Verify your AWS Builder ID email address", leaf("text/plain", otp, "utf-8", "7bit"),
    "Builder ID one-time code", auth=auth_google("signin.aws", mailfrom="bounce@signin.aws"))

FORM_A = """Inquiry type: Certification
Additional details: Account Merge
Candidate ID: %s
How can we help you?
Use case: I am leaving Kitami Soft on March 31 and would like to merge my certification account into my personal one.
E-mail addresses I have used: %s (old, company), %s (new, personal)
Address to keep: %s
Candidate IDs: old %s / new %s""" % (OLD_ID, ME_C, ME_P, ME_P, OLD_ID, NEW_ID)
ack_a = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your request.

We typically respond within 24 hours, though some requests need additional time to find the best solution. If a case has already been raised, please avoid opening another one for the same request.

The details of your case are as follows:

Case ID: %s
Subject: AWS Training and Certification Form Submission
Severity: General guidance
Correspondence: %s

Sincerely,
Amazon Web Services
""" % (CA, CA, FORM_A)
m_ack_a = add("acknowledgement", False, CA, [OLD_ID, OLD_ID, NEW_ID], d(2025, 3, 7, 19, 26, UTC, 40), addr("Amazon Web Services", TC), ME_P,
    tc_subj(CA), leaf("text/plain", ack_a, "utf-8", "quoted-printable"),
    "15-digit case ack (QP), echoes form with both candidate IDs and the owner's 'would like to merge'",
    auth=auth_google("amazon.com"))

FORM_B = """お問い合わせタイプ: 認定
その他の詳細: アカウントの統合
お問い合わせ内容:
退職に伴い、認定アカウント(%s)を個人アカウントへ統合したいです。先ほど送信した問い合わせの確認メールが届かないため、再送します。""" % ME_C
ack_b = """Amazon Web Services にお問い合わせいただきありがとうございます。ケース %s を作成いたしました。

通常24時間以内にご回答いたします。すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。

ケースの詳細は以下のとおりです。

ケース ID: %s
件名: AWS Training and Certification Form Submission
重大度: 一般的なガイダンス
内容: %s

よろしくお願いいたします。
Amazon Web Services
""" % (CB, CB, FORM_B)
m_ack_b = add("acknowledgement", False, CB, [], d(2025, 3, 7, 19, 50, UTC, 29), addr("Amazon Web Services", TC), ME_C,
    tc_subj(CB), leaf("text/plain", ack_b, "shift_jis", "base64"),
    "second (duplicate) case opened from the company address; Shift_JIS base64; the ack itself asks not to open duplicates",
    auth=auth_corp("amazon.com"), crlf=True)

dup_b = """Hello Haruto,

We noticed that this case (%s) covers the same request as case %s, which you opened about 25 minutes earlier. To avoid two people working on the same thing, I have closed this one and linked it to case %s; all further communication will happen there.

You don't need to reply here.

Regards,
Kenji
AWS Training and Certification
""" % (CB, CA, CA)
add("case_update", False, CB, [], d(2025, 3, 8, 1, 5), addr("Amazon Web Services", TC), ME_C,
    tc_subj(CB), leaf("text/plain", dup_b, "utf-8", "7bit"),
    "duplicate case closed and linked: mentions both case numbers, belongs to the duplicate (subject); closed but not for lack of answer",
    refs=[m_ack_b], auth=auth_corp("amazon.com"), crlf=True)

hold_a_text = """Hello Haruto,

Thanks for the details in your request.

While reviewing the two profiles, I found that the certification account registered with %s is associated with an AWS Partner Network organization (Kitami Soft Co., Ltd.). Certifications held on a partner-associated account count towards that partner's standing, so we cannot move them to another account while the association is active. I have therefore placed this case on hold and notified the partner's administrator.

The hold can be lifted once the partner releases the account or once you have left the company. In the meantime, one thing would help me: what is your last day of employment at Kitami Soft?

Regards,
Priya S.
AWS Training and Certification
""" % ME_C
hold_a_html = html_wrap("<p>" + hold_a_text.strip().replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>")
m_hold_a = add("on_hold", True, CA, [], d(2025, 3, 8, 6, 12), addr("Amazon Web Services", TC), ME_P,
    tc_subj(CA), alt(hold_a_text, hold_a_html, "holda"),
    "APN partner hold, with a question buried at the end ('what is your last day ...?') without please: needs a reply",
    refs=[m_ack_a], auth=auth_google("amazon.com"))

phish1_html = html_wrap("""<div style="max-width:600px"><img src="https://aws-certification-merge.com/img/aws-logo.png" width="80">
<h2>Action required: confirm your certification account merge</h2>
<p>Dear Candidate,</p>
<p>We received a request to merge your AWS Certification accounts (case %s). To prevent the loss of your certifications and exam benefits, you must confirm ownership of both accounts within <b>24 hours</b>.</p>
<p><a href="https://aws-certification-merge.com/verify?u=haruto.mori.cloud" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none">Sign in to confirm</a></p>
<p>If we do not receive your confirmation, your certifications will be suspended.</p>
<p>AWS Training &amp; Certification Support</p></div>""" % CA)
add("suspicious", False, None, [], d(2025, 3, 8, 11, 47), addr("AWS Training & Certification", "support@aws-certification-merge.com"), ME_P,
    "Action required: confirm your account merge [CASE %s]" % CA, leaf("text/html", phish1_html, "utf-8", "quoted-printable"),
    "lookalike domain phishing that knows the real case number and demands a confirmation: no reply, case null",
    mid="<%s@aws-certification-merge.com>" % h("ph1", 20),
    auth="mx.google.com;\n       dkim=pass header.i=@aws-certification-merge.com header.s=default header.b=Qm1x9ZkA;\n       spf=pass (google.com: domain of support@aws-certification-merge.com designates 185.213.20.9 as permitted sender) smtp.mailfrom=support@aws-certification-merge.com;\n       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=aws-certification-merge.com")

rep_a1 = """Hello Priya,

My last working day at Kitami Soft is March 31, 2025. After that date this mailbox will be deleted, so please merge into my personal account (%s).

Best regards,
Haruto Mori
Kitami Soft Co., Ltd. | Cloud Integration Dept.

________________________________
From: Amazon Web Services <%s>
Sent: Saturday, March 8, 2025 3:12 PM
To: %s
Subject: %s

%s
""" % (ME_P, TC, ME_P, tc_subj(CA), hold_a_text.strip())
m_rep_a1 = add("user_reply", False, CA, [], d(2025, 3, 9, 10, 5, JST), addr("森 遥斗", ME_C), TC,
    tc_subj(CA), leaf("text/plain", rep_a1, "utf-8", "base64"),
    "owner answers from the COMPANY address (Outlook header-block quote, base64)", mid=mid_outlook("repa1"),
    refs=[m_ack_a, m_hold_a], xmailer="Microsoft Outlook 16.0")

wrong_a = """Hello Haruto,

Thank you for letting us know about your last day.

For security reasons I'm not able to act on instructions sent from the address that is being merged away. The request has to come from the mailbox that will remain on file, which is %s according to your form.

Please reply to this case from %s and restate your end date there. Once I have that, I can continue with the partner review.

Regards,
Priya S.
AWS Training and Certification

-----Original Message-----
%s
""" % (ME_P, ME_P, rep_a1.split("\n________________")[0].strip())
m_wrong_a = add("info_request", True, CA, [], d(2025, 3, 10, 2, 33), addr("Amazon Web Services", TC), ME_C,
    tc_subj(CA), leaf("text/plain", wrong_a, "utf-8", "7bit"),
    "wrong-address reply: support asks the owner to write again from the personal address; arrives in the company mailbox",
    refs=[m_ack_a, m_hold_a, m_rep_a1], auth=auth_corp("amazon.com"), crlf=True)

rep_a2 = """Hi Priya,

Writing from my personal address as requested. My last day at Kitami Soft is 31 March 2025.
I'm happy for the accounts to be merged into this one (%s) as soon as the partner side allows it.

Thanks,
Haruto

On Mon, Mar 10, 2025 at 11:33 AM Amazon Web Services <%s> wrote:
%s
""" % (ME_P, TC, q(wrong_a))
m_rep_a2 = add("user_reply", False, CA, [], d(2025, 3, 10, 12, 40, JST), addr(ME_NAME, ME_P), TC,
    tc_subj(CA), alt(rep_a2, html_wrap("<div dir=\"ltr\">" + rep_a2.split("\nOn Mon")[0].strip().replace("\n", "<br>") + "</div><br><div class=\"gmail_quote\"><div class=\"gmail_attr\">On Mon, Mar 10, 2025 at 11:33 AM Amazon Web Services &lt;%s&gt; wrote:<br></div><blockquote class=\"gmail_quote\" style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">%s</blockquote></div>" % (TC, wrong_a.replace("\n", "<br>"))), "repa2"),
    "owner's reply from personal Gmail, multipart with gmail_quote containing support's request", mid=mid_gmail("repa2"),
    refs=[m_ack_a, m_hold_a, m_rep_a1, m_wrong_a], cc=addr("Yusuke Tanaka", "y-tanaka@kitamisoft.co.jp"))

ooo = """I am out of the office until Monday, March 17 with limited access to e-mail.
For APN / Partner Central matters please contact alliance@kitamisoft.co.jp.

田中 祐介 / Yusuke Tanaka
Alliance Manager, Kitami Soft Co., Ltd.
"""
add("unrelated", False, None, [], d(2025, 3, 10, 3, 41), addr("Yusuke Tanaka", "y-tanaka@kitamisoft.co.jp"), ME_P,
    "Automatic reply: " + tc_subj(CA), leaf("text/plain", ooo, "utf-8", "quoted-printable"),
    "colleague's out-of-office answer carrying the case subject line",
    mid=mid_outlook("ooo"), refs=[m_rep_a2], extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    auth=auth_google("kitamisoft.co.jp", mailfrom="y-tanaka@kitamisoft.co.jp", ip="40.107.74.55"))

hold2_a = """Hello Haruto,

Thank you for confirming from your personal address.

A quick status note: your case is still on hold while we wait for Kitami Soft's partner administrator to release the certification account from their AWS Partner Network organization. We have sent them the request and are waiting on their side; no action is needed from you at this stage.

I will update you as soon as the partner responds.

Regards,
Priya S.
AWS Training and Certification
"""
m_hold2_a = add("on_hold", False, CA, [], d(2025, 3, 11, 4, 0), addr("Amazon Web Services", TC), ME_P,
    tc_subj(CA), leaf("text/plain", hold2_a, "utf-8", "7bit"),
    "pure hold: waiting on the APN partner, 'no action is needed from you'",
    refs=[m_ack_a, m_hold_a, m_rep_a1, m_wrong_a, m_rep_a2], auth=auth_google("amazon.com"))

fwd_pc = """森さん

Partner Central から下記の通知が来ています。こちらで承認しておきますので、森さんは特に対応不要です。

田中

-----Original Message-----
From: AWS Partner Network <apn-notifications@amazon.com>
Sent: Tuesday, March 11, 2025 2:10 PM
To: alliance@kitamisoft.co.jp
Subject: Action required: certification transfer request for a user in your organization

Hello Kitami Soft Co., Ltd. alliance lead,

AWS Training and Certification has requested that the certification account of Haruto Mori
(%s) be released from your partner organization. Please review and approve or decline
this request in AWS Partner Central within 7 days.

AWS Partner Network
""" % ME_C
add("unrelated", False, None, [], d(2025, 3, 11, 14, 25, JST), addr("田中 祐介", "y-tanaka@kitamisoft.co.jp"), ME_C,
    "FW: Action required: certification transfer request for a user in your organization",
    leaf("text/plain", fwd_pc, "iso-2022-jp", "7bit"),
    "colleague forwards the partner-side 'Action required' notice (ISO-2022-JP); the action is on the colleague, not the owner",
    mid=mid_outlook("fwdpc"), auth=auth_corp("kitamisoft.co.jp"), xmailer="Microsoft Outlook 16.0", crlf=True)

mkt_html = html_wrap("""<table width="600" align="center"><tr><td style="background:#232f3e;color:#fff;padding:20px">
<h1>AWS Summit Japan 2025</h1><p>6月25日・26日 幕張メッセ</p></td></tr>
<tr><td style="padding:20px"><p>森 遥斗 様</p><p>今年も AWS Summit Japan を開催します。150 以上のセッション、認定者ラウンジもご用意しています。今すぐご登録ください。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録</a></p>
<p style="font-size:11px;color:#888">配信停止は<a href="https://pages.awscloud.com/unsubscribe">こちら</a>。Amazon Web Services Japan G.K.</p></td></tr></table>""", "ja")
add("unrelated", False, None, [], d(2025, 3, 13, 1, 0), addr("Amazon Web Services", "aws-marketing-email-replies@amazon.com"), ME_P,
    "【AWS Summit Japan 2025】参加登録受付開始", alt("AWS Summit Japan 2025\n6月25日・26日 幕張メッセ\n今すぐご登録ください: https://aws.amazon.com/jp/summits/japan/\n", mkt_html, "mkt1", "base64", "base64"),
    "AWS marketing in Japanese, base64 multipart", auth=auth_google("amazon.com"))

lift_a = """Hi Haruto,

Good news on case %s: Kitami Soft's partner administrator has released your certification account, so the hold has been lifted. I've passed the case to our merge specialists, who will review both profiles and get in touch with you shortly to go over the details.

Regards,
Priya S.
AWS Training and Certification
""" % CA
m_lift_a = add("case_update", False, CA, [], d(2025, 3, 14, 7, 30), addr("Amazon Web Services", TC), ME_P,
    tc_subj(CA, sp=True), leaf("text/plain", lift_a, "utf-8", "7bit"),
    "hold lifted and handed to another team; 'will get in touch' announces a future ask",
    refs=[m_ack_a, m_hold_a, m_rep_a1, m_wrong_a, m_rep_a2, m_hold2_a], auth=auth_google("amazon.com"))

conf_rows = [("Account #1", ME_P, ME_P, ME_P, NEW_ID), ("Account #2", ME_C, ME_C, ME_C, OLD_ID)]
conf_tbl = "".join("<tr><th colspan=2 style='text-align:left;background:#eaeded'>%s</th></tr><tr><td>Login email</td><td>%s</td></tr><tr><td>Training notification email</td><td>%s</td></tr><tr><td>Certification notification email</td><td>%s</td></tr><tr><td>Candidate ID</td><td>%s</td></tr>" % r for r in conf_rows)
conf_html = html_wrap("""<p>Hello Haruto,</p>
<p>My name is Catalina and I'm taking over your merge request. I have located the following accounts:</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">%s</table>
<p>Kindly confirm that both accounts belong to you and that everything should be merged into <b>Account #1</b>, which would then be the only account left. If you would rather keep Account #2, tell me and I will proceed that way instead.</p>
<p>Thank you,<br>Catalina M.<br>AWS Training and Certification</p>""" % conf_tbl)
m_conf_a = add("confirmation_request", True, CA, [NEW_ID, OLD_ID], d(2025, 3, 17, 9, 4), addr("Amazon Web Services", TC), ME_P,
    tc_subj(CA), leaf("text/html", conf_html, "utf-8", "quoted-printable"),
    "HTML-only table of Account #1/#2 with 'Kindly confirm'; new agent",
    refs=[m_ack_a, m_hold_a, m_rep_a1, m_wrong_a, m_rep_a2, m_hold2_a, m_lift_a], auth=auth_google("amazon.com"))

phish_pv = """Dear Candidate,

Your upcoming AWS Certification exam appointment has been flagged because of an issue with your
payment. To keep your appointment you must re-enter your card details within 12 hours:

https://pearsonvue-candidate-verify.com/aws/login

Registration ID: 771204593

Failure to respond will result in the cancellation of your exam and forfeiture of fees.

Pearson VUE Candidate Services
"""
add("suspicious", False, None, [], d(2025, 3, 18, 22, 13), addr("Pearson VUE", "candidate-services@pearsonvue-candidate-verify.com"), ME_P,
    "URGENT: Your exam appointment will be cancelled", leaf("text/plain", phish_pv, "utf-8", "7bit"),
    "exam-vendor lookalike phishing, demands a response",
    mid="<%s@pearsonvue-candidate-verify.com>" % h("ph2", 16),
    auth="mx.google.com;\n       spf=neutral (google.com: 45.67.229.3 is neither permitted nor denied by best guess record for domain of bounce@pearsonvue-candidate-verify.com) smtp.mailfrom=bounce@pearsonvue-candidate-verify.com")

close_a = """Hello Haruto,

I'm checking in on case %s. On March 17 I asked you to confirm the two accounts listed below and which one to keep, and I haven't heard back yet.

If we don't receive your confirmation within 3 days, this case will be closed. You can keep it open by simply replying to this email.

Catalina M.
AWS Training and Certification

---- Previous message ----
Account #1
Login email: %s
Training notification email: %s
Certification notification email: %s

Account #2
Login email: %s
Training notification email: %s
Certification notification email: %s
""" % (CA, ME_P, ME_P, ME_P, ME_C, ME_C, ME_C)
m_close_a = add("closing_notice", True, CA, [], d(2025, 3, 20, 9, 10), addr("Amazon Web Services", TC), ME_P,
    tc_subj(CA), leaf("text/plain", close_a, "utf-8", "7bit"),
    "closing notice that re-lists the accounts (looks like a confirmation request)",
    refs=[m_ack_a, m_conf_a], auth=auth_google("amazon.com"))

rep_a3 = """Confirmed. Both accounts are mine. Please merge into Account #1 (%s).
Sorry for the delay.

Haruto Mori

2025年3月20日(木) 18:10 Amazon Web Services <%s>:
%s
""" % (NEW_ID, TC, q(close_a))
m_rep_a3 = add("user_reply", False, CA, [NEW_ID], d(2025, 3, 20, 19, 2, JST), addr(ME_NAME, ME_P), TC,
    tc_subj(CA), leaf("text/plain", rep_a3, "utf-8", "quoted-printable"),
    "owner's confirmation; short top-post over the quoted closing notice",
    mid=mid_gmail("repa3"), refs=[m_ack_a, m_conf_a, m_close_a])

res_a_text = """Hello Haruto,

Thank you for confirming. I have successfully merged all accounts into Account #1 (%s). Your exam history, certifications and benefits now sit under %s; the former account can no longer be used to sign in.

If you have anything to add, you can reply to this email within the next few days.

Best,
Catalina M.
AWS Training and Certification

> Confirmed. Both accounts are mine. Please merge into Account #1 (%s).
>
>> Kindly confirm that both accounts belong to you and that everything should be merged into
>> Account #1, which would then be the only account left. If you would rather keep Account #2,
>> tell me and I will proceed that way instead.
""" % (NEW_ID, ME_P, NEW_ID)
res_a_html = html_wrap("<p>Hello Haruto,</p><p>Thank you for confirming. I have successfully merged all accounts into Account #1 (%s). Your exam history, certifications and benefits now sit under %s; the former account can no longer be used to sign in.</p><p>If you have anything to add, you can reply to this email within the next few days.</p><p>Best,<br>Catalina M.<br>AWS Training and Certification</p><blockquote style='border-left:2px solid #ccc;padding-left:8px'>Confirmed. Both accounts are mine. Please merge into Account #1 (%s).<blockquote>Kindly confirm that both accounts belong to you and that everything should be merged into Account #1, which would then be the only account left. If you would rather keep Account #2, tell me and I will proceed that way instead.</blockquote></blockquote>" % (NEW_ID, ME_P, NEW_ID))
m_res_a = add("resolved", False, CA, [NEW_ID], d(2025, 3, 20, 13, 31), addr("Amazon Web Services", TC), ME_P,
    tc_subj(CA), alt(res_a_text, res_a_html, "resa"),
    "merge done; quotes the earlier 'Kindly confirm' request and the owner's reply; conditional 'If you have anything to add'",
    refs=[m_ack_a, m_conf_a, m_close_a, m_rep_a3], auth=auth_google("amazon.com"))

credly2 = """Congratulations, Haruto Mori!

Amazon Web Services Training and Certification has issued you a new badge:
AWS Certified Solutions Architect - Associate

Claim your badge: https://www.credly.com/badges/1b7e0c52-3f49-4d2a-9e0a-6a8c7d1f2b40/accept

Credly
"""
add("badge", False, None, [], d(2025, 3, 20, 13, 52), addr("Credly", "admin@credly.com"), ME_P,
    "Amazon Web Services Training and Certification issued you a new badge",
    alt(credly2, html_wrap("<p>" + credly2.replace("\n", "<br>") + "</p>"), "cr2"),
    "badge right after the merge", mid="<%s@credly.com>" % h("cr2", 24),
    auth=auth_google("credly.com", mailfrom="bounces@credly.com", ip="149.72.3.44"))

svy_a = """Hello,

You recently contacted AWS Training and Certification about case %s. Would you take a minute to tell us how we did?

https://survey.aws-training-feedback.amazon.com/s/%s

Your feedback helps us improve. This mailbox does not accept replies.

AWS Training and Certification
""" % (CA, h("sa", 10))
add("survey", False, CA, [], d(2025, 3, 21, 13, 40), addr("AWS Training and Certification", "no-reply@aws-training-feedback.amazon.com"), ME_P,
    "We'd like your feedback on case %s" % CA, leaf("text/plain", svy_a, "utf-8", "7bit"),
    "case survey phrased as a question ('Would you take a minute')", auth=auth_google("amazon.com"))

fwd_a = """自分用メモ: 認定アカウント統合完了。旧アカウント %s → 新 %s。
50%%割引バウチャーが新アカウントの特典に出ているか後で確認すること。

---------- Forwarded message ---------
From: Amazon Web Services <%s>
Date: 2025年3月20日(木) 22:31
Subject: %s
To: <%s>

%s
""" % (OLD_ID, NEW_ID, TC, tc_subj(CA), ME_P, res_a_text.split("\n> Confirmed")[0].strip())
add("user_reply", False, CA, [OLD_ID, NEW_ID], d(2025, 3, 21, 8, 3, JST), addr(ME_NAME, ME_P), ME_P,
    "Fwd: " + tc_subj(CA), leaf("text/plain", fwd_a, "utf-8", "base64"),
    "owner forwards the completion to himself as a Japanese note; contains the quoted 'successfully merged'",
    mid=mid_gmail("fwda"), refs=[m_res_a])

ph3 = """Hello Haruto,

During a routine audit we found that the merge performed on case %s was incomplete and it has been reversed.
To restore your certifications, please re-verify your identity and sign in within 48 hours:

https://aws-training-verify.net/case/%s

Please reply to this e-mail once done.

Catalina M.
AWS Training and Certification
""" % (CA, CA)
add("suspicious", False, None, [], d(2025, 3, 24, 7, 19), addr("Amazon Web Services", TC), ME_P,
    tc_subj(CA), leaf("text/plain", ph3, "utf-8", "7bit"),
    "spoofed real T&C sender and real case subject, but DKIM/DMARC fail; links to a lookalike site and asks for a reply",
    mid="<%s@mail-relay.aws-training-verify.net>" % h("ph3", 16), refs=[m_res_a],
    auth=auth_google("amazon.com", ok=False, mailfrom="catalina@aws-training-verify.net", ip="91.215.85.140"))

bounce = """This is the mail system at host mx01.kitamisoft.co.jp.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<h-mori@kitamisoft.co.jp>: host mbox.kitamisoft.co.jp[10.2.0.14] said: 550 5.1.1
    <h-mori@kitamisoft.co.jp>: Recipient address rejected: User unknown in
    local recipient table
"""
add("unrelated", False, None, [], d(2025, 4, 1, 0, 44), addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
    "Delivery Status Notification (Failure)", leaf("text/plain", bounce, "us-ascii", "7bit"),
    "bounce: old company mailbox closed after the last working day", mid="<%s@mx.google.com>" % h("bn", 20),
    extra=[("Auto-Submitted", "auto-replied")])

# ---------------------------------------------------------------- 2025-04: console case C, Japanese case F, noise
CONSOLE_FOOT = """
To see the case and reply, please sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To reply, use the link above.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""" % CC
ack_c = """Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case %s on your behalf.

Case ID: %s
Subject: Exam benefit voucher missing after account merge
Severity: General guidance
Service: Training and Certification
Category: Certification benefits

Correspondence: After my certification accounts were merged (case %s) the 50%% discount voucher that was on the old account (%s) is not shown under Benefits on the new one (%s).
%s""" % (CC, CC, CA, OLD_ID, NEW_ID, CONSOLE_FOOT)
m_ack_c = add("acknowledgement", False, CC, [OLD_ID, NEW_ID], d(2025, 4, 3, 6, 16), addr("Amazon Web Services", "no-reply-aws@amazon.com"), ME_P,
    "Amazon Web Services: New Support case: %s" % CC, leaf("text/plain", ack_c, "utf-8", "quoted-printable"),
    "console case ack; mentions the earlier case number inside the correspondence; belongs to the console case",
    auth=auth_google("amazon.com"))

req_c = """Hello,

Thanks for reaching out about your exam benefit.

I checked both certification records. The voucher from the former account did not carry over automatically because it had been generated before the merge. To re-issue it I'll need two things from you: the last four characters of the voucher code as it was shown on the old account, and whether you have already started a registration with it at Pearson VUE.

Please share these by replying to the case in the Support Center; answers sent by e-mail do not reach us.

Best regards,
Marcus T.
Amazon Web Services
%s""" % CONSOLE_FOOT
m_req_c = add("info_request", True, CC, [], d(2025, 4, 4, 3, 48), addr("Amazon Web Services", "no-reply-aws@amazon.com"), ME_P,
    "RE:[CASE %s] Exam benefit voucher missing after account merge" % CC, leaf("text/plain", req_c, "utf-8", "7bit"),
    "console case request: must be answered in the Support Center, sender cannot receive mail",
    refs=[m_ack_c], auth=auth_google("amazon.com"))

rep_c = """Hi Marcus,

The old code ended in 7QX2 and I have not used it yet.

Haruto

On Fri, Apr 4, 2025 at 12:48 PM Amazon Web Services <no-reply-aws@amazon.com> wrote:
%s
""" % q(req_c)
m_rep_c = add("user_reply", False, CC, [], d(2025, 4, 4, 22, 5, JST), addr(ME_NAME, ME_P), "no-reply-aws@amazon.com",
    "Re: RE:[CASE %s] Exam benefit voucher missing after account merge" % CC, leaf("text/plain", rep_c, "utf-8", "quoted-printable"),
    "owner mistakenly answers the console case by e-mail", mid=mid_gmail("repc"), refs=[m_ack_c, m_req_c])

ndr = """Your message to no-reply-aws@amazon.com couldn't be delivered.

no-reply-aws@amazon.com does not accept incoming e-mail. If you are replying to a support case,
sign in to the AWS Support Center and reply there.

Remote server returned '550 5.7.1 Mailbox does not accept mail'
"""
add("unrelated", False, None, [], d(2025, 4, 4, 13, 6), addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
    "Delivery Status Notification (Failure)", leaf("text/plain", ndr, "us-ascii", "7bit"),
    "bounce of the e-mailed answer; tells the owner to reply in the console (machine message, not support): the console request stays open",
    mid="<%s@mx.google.com>" % h("bn2", 20), refs=[m_rep_c], extra=[("Auto-Submitted", "auto-replied")])

close_c = """Hello,

We haven't heard back from you on case %s regarding your exam benefit voucher. We still need the last four characters of the old voucher code and whether it has been used.

If we don't receive a response in the Support Center within 3 days, this case will be resolved automatically. After that, a resolved case can be reopened for up to 14 days.

Best regards,
Marcus T.
Amazon Web Services
%s""" % (CC, CONSOLE_FOOT)
m_close_c = add("closing_notice", True, CC, [], d(2025, 4, 8, 4, 0), addr("Amazon Web Services", "no-reply-aws@amazon.com"), ME_P,
    "RE:[CASE %s] Exam benefit voucher missing after account merge" % CC, leaf("text/plain", close_c, "utf-8", "7bit"),
    "console auto-resolve warning; owner had answered by e-mail only", refs=[m_ack_c, m_req_c], auth=auth_google("amazon.com"))

upd_c = """Hello,

Thank you for the details you added in the Support Center. I have asked our certification benefits team to re-issue the voucher on your current account. They normally finish within two business days; I'll follow up here once I hear back.

Best regards,
Marcus T.
Amazon Web Services
%s""" % CONSOLE_FOOT
m_upd_c = add("case_update", False, CC, [], d(2025, 4, 8, 23, 30), addr("Amazon Web Services", "no-reply-aws@amazon.com"), ME_P,
    "RE:[CASE %s] Exam benefit voucher missing after account merge" % CC, leaf("text/plain", upd_c, "utf-8", "7bit"),
    "console footer tells how to reply, but nothing is asked", refs=[m_ack_c, m_req_c, m_close_c], auth=auth_google("amazon.com"))

chk_c_html = html_wrap("""<p>Hello,</p><p>The benefits team has issued a new 50%% discount voucher on your current certification account (%s).</p>
<p>Before I mark this as resolved, can you sign in, open <i>Benefits</i> and let me know in the Support Center whether the voucher appears? I'll keep the case open until I hear from you.</p>
<p>Best regards,<br>Marcus T.<br>Amazon Web Services</p><p style="font-size:11px;color:#687078">%s</p>""" % (NEW_ID, CONSOLE_FOOT.replace("\n", "<br>")))
m_chk_c = add("info_request", True, CC, [NEW_ID], d(2025, 4, 10, 22, 15), addr("Amazon Web Services", "no-reply-aws@amazon.com"), ME_P,
    "RE:[CASE %s] Exam benefit voucher missing after account merge" % CC, leaf("text/html", chk_c_html, "utf-8", "base64"),
    "work done but support asks for a check to be reported back before resolving: info_request, not resolved",
    refs=[m_ack_c, m_req_c, m_close_c, m_upd_c], auth=auth_google("amazon.com"))

res_c = """Hello,

Thanks for confirming that the voucher now appears under Benefits. I'm glad we could sort this out, and I'm marking case %s as resolved.

We value your feedback. Please share your experience by rating this correspondence using the link below:
https://console.aws.amazon.com/support/feedback?displayId=%s

Best regards,
Marcus T.
Amazon Web Services
%s""" % (CC, CC, CONSOLE_FOOT)
add("resolved", False, CC, [], d(2025, 4, 11, 5, 2), addr("Amazon Web Services", "no-reply-aws@amazon.com"), ME_P,
    "RE:[CASE %s] Exam benefit voucher missing after account merge" % CC, leaf("text/plain", res_c, "utf-8", "quoted-printable"),
    "resolution with a survey footer ('Please share your experience') - resolved, not survey", refs=[m_ack_c, m_req_c, m_close_c, m_upd_c, m_chk_c],
    auth=auth_google("amazon.com"))

ben = """Hello Haruto Mori,

A new benefit is available in your AWS Certification account: 50%% discount on your next exam.
Candidate ID: %s

Sign in to the AWS Certification account and open Benefits to view the code.

AWS Certification
""" % NEW_ID
add("certification", False, None, [NEW_ID], d(2025, 4, 11, 5, 30), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "A new AWS Certification benefit is available", leaf("text/plain", ben, "us-ascii", "7bit"),
    "program notice about the voucher the console case was about; not part of the case",
    mid="<%s.JavaMail.certmetrics@cm-prod-mail01>" % h("ben", 18), auth=auth_google("certmetrics.com", mailfrom="do-not-reply@certmetrics.com", ip="209.85.1.9"))

ms = """Hello Haruto,

Your Microsoft support request 2504150040012345 has been closed. We hope the issue with your
Azure subscription quota was resolved to your satisfaction.

If the problem persists, you can reopen the request within 7 days from the Azure portal.

Microsoft Support
"""
add("unrelated", False, None, [], d(2025, 4, 15, 9, 12), addr("Microsoft Support", "support@mail.support.microsoft.com"), ME_P,
    "Case 2504150040012345 closed - Azure subscription quota", leaf("text/plain", ms, "utf-8", "7bit"),
    "another vendor's case closure with 'reopen' wording and a 16-digit case number",
    mid="<%s@mail.support.microsoft.com>" % h("ms", 20), auth=auth_google("mail.support.microsoft.com", mailfrom="bounce@mail.support.microsoft.com", ip="52.100.1.2"))

zd = """##- Please type your reply above this line -##

Your request (48213) has been solved. To reopen it, reply to this email.

Kei (JetBrains Sales Support)

Apr 16, 2025, 10:41 GMT+2
Hi Haruto, the license has been moved to your personal JetBrains Account. Could you check that it shows up in the IDE?

Haruto Mori
Apr 15, 2025, 03:12 GMT+2
Hello, I'm leaving my company; can my personal All Products Pack move to my private e-mail?
"""
add("unrelated", False, None, [], d(2025, 4, 16, 8, 45), addr("JetBrains Sales Support", "sales@jetbrains.com"), ME_P,
    "[JetBrains] Re: Move license to personal account", leaf("text/plain", zd, "utf-8", "quoted-printable"),
    "Zendesk-style vendor thread: 'solved', 'reopen', a question to the owner, account move - but not AWS",
    mid="<%s_sprut@zendesk.com>" % h("zd", 18), auth=auth_google("jetbrains.com", mailfrom="support@jetbrains.zendesk.com", ip="192.161.148.1"))

nl = """━━━━━━━━━━━━━━━━━━━━━━━━━
  週刊クラウドニュース 2025年4月第3号
━━━━━━━━━━━━━━━━━━━━━━━━━
■ 今週のトピック
・AWS 認定の再認定ポリシーが変わる? 最新情報まとめ
・転職時に認定アカウントを移す手順(読者投稿)
・Amazon Bedrock の新モデルが東京リージョンで利用可能に

■ 配信停止
https://cloudnews.example.jp/unsubscribe
"""
add("unrelated", False, None, [], d(2025, 4, 18, 8, 0, JST), addr("週刊クラウドニュース", "news@cloudnews.example.jp", "shift_jis"), ME_P,
    "週刊クラウドニュース 2025年4月第3号", leaf("text/plain", nl, "shift_jis", "8bit"), "Japanese newsletter in Shift_JIS 8bit mentioning certification account moves",
    mid="<%s@cloudnews.example.jp>" % h("nl", 16), subj_charset="shift_jis", auth=auth_google("cloudnews.example.jp", mailfrom="news@cloudnews.example.jp", ip="203.0.113.8"))

recert = """Dear Haruto Mori,

Congratulations on recertifying your AWS Certification! You have renewed
AWS Certified Developer - Associate, now valid through April 2028.

You can download your updated certificate from your AWS Certification account.

AWS Certification
"""
add("certification", False, None, [], d(2025, 4, 22, 6, 33), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Congratulations on recertifying your AWS Certification!", leaf("text/plain", recert, "us-ascii", "7bit"),
    "recertification congratulations", mid="<%s.JavaMail.certmetrics@cm-prod-mail02>" % h("rc", 18),
    auth=auth_google("certmetrics.com", mailfrom="do-not-reply@certmetrics.com", ip="209.85.1.9"))

credly_fake = html_wrap("""<p>Hi Haruto,</p><p>Your <b>AWS Certified Solutions Architect - Associate</b> badge has been <b>suspended</b> because your Credly account could not be verified after a recent account merge.</p>
<p><a href="https://credly-badge-verify.com/login">Log in to Credly to restore your badge</a></p><p>The Credly Team</p>""")
add("suspicious", False, None, [], d(2025, 4, 23, 15, 1), addr("Credly", "admin@credly-badge-verify.com"), ME_P,
    "Your badge has been suspended - action required", leaf("text/html", credly_fake, "utf-8", "7bit"),
    "Credly lookalike credential phishing referencing the merge",
    mid="<%s@credly-badge-verify.com>" % h("cf", 16),
    auth="mx.google.com;\n       spf=pass (google.com: domain of admin@credly-badge-verify.com designates 45.88.90.12 as permitted sender) smtp.mailfrom=admin@credly-badge-verify.com;\n       dmarc=none header.from=credly-badge-verify.com")

credly3 = """Hi Haruto,

Your badge "AWS Certified Developer - Associate" issued by Amazon Web Services Training and
Certification has been updated with a new expiration date: April 22, 2028.

View your badge: https://www.credly.com/badges/c2f7a8d1-6e04-4b19-8f3c-5a7e2d9b0c11

Credly
"""
add("badge", False, None, [], d(2025, 4, 23, 2, 10), addr("Credly", "admin@credly.com"), ME_P,
    "Your badge has been updated", leaf("text/plain", credly3, "utf-8", "7bit"), "real Credly badge update",
    mid="<%s@credly.com>" % h("cr3", 24), auth=auth_google("credly.com", mailfrom="bounces@credly.com", ip="149.72.3.44"))

# case F: Japanese case, link the personal certification account to the new employer (APN partner)
FORM_F = """お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
AWS 候補 ID: %s
お問い合わせ内容:
5月1日付で株式会社ミナトクラウド(AWSパートナー)に入社します。個人の認定アカウントの資格を、新しい会社のパートナーアカウントと共有したいです。""" % NEW_ID
ack_f = """Amazon Web Services にお問い合わせいただき、ありがとうございます。ケース %s を作成しました。

担当者より通常 24 時間以内にご連絡いたします。同じ内容で別のケースを作成されますと対応が遅れる場合がございますので、ご注意ください。

ケースの詳細:
ケース ID: %s
内容: %s

Amazon Web Services
""" % (CF, CF, FORM_F)
m_ack_f = add("acknowledgement", False, CF, [NEW_ID], d(2025, 4, 29, 5, 8, UTC, 32), addr("Amazon Web Services", TC), ME_P,
    tc_subj(CF), leaf("text/plain", ack_f, "iso-2022-jp", "7bit"),
    "Japanese ack in ISO-2022-JP; owner's own 'したいです' wish echoed", auth=auth_google("amazon.com"))

req_f = """森 遥斗 様

AWS トレーニングと認定サポートの山本でございます。
お問い合わせいただき、誠にありがとうございます。

ご依頼の件、認定アカウントの情報をパートナー組織と共有するには、お客様の AWS 認定アカウントと、入社先の AWS Partner Central 上のユーザーとを紐づける必要がございます。現時点では株式会社ミナトクラウド様の Partner Central にお客様のユーザーが見当たりませんでした。

つきましては、入社後に発行される会社のメールアドレスと、Partner Central へのユーザー登録が完了しているかどうかを、本メールへのご返信にてお知らせいただけますでしょうか。

お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

山本
AWS トレーニングと認定
"""
m_req_f = add("info_request", True, CF, [], d(2025, 4, 30, 1, 25), addr("Amazon Web Services", TC), ME_P,
    tc_subj(CF), alt(req_f, html_wrap("<p>" + req_f.strip().replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>", "ja"), "reqf", "base64", "base64"),
    "Japanese keigo request (〜いただけますでしょうか) after a long explanation; base64 multipart",
    refs=[m_ack_f], auth=auth_google("amazon.com"))

rep_f = """山本様

ご連絡ありがとうございます。
会社のメールアドレスは haruto.mori@minato-cloud.co.jp です。
Partner Central へのユーザー登録は5月2日に完了しました。

よろしくお願いいたします。
森

2025年4月30日(水) 10:25 Amazon Web Services <%s>:
%s
""" % (TC, q(req_f))
m_rep_f = add("user_reply", False, CF, [], d(2025, 5, 2, 17, 20, JST), addr("森 遥斗", ME_P), TC,
    tc_subj(CF), leaf("text/plain", rep_f, "utf-8", "8bit"),
    "owner's Japanese answer, 8bit UTF-8, encoded From name", mid=mid_gmail("repf"), refs=[m_ack_f, m_req_f])

res_f_html = html_wrap("""<p>森 遥斗 様</p>
<p>ご回答いただきありがとうございます。お客様の AWS 認定アカウント(%s)を株式会社ミナトクラウド様のパートナー組織に紐づけいたしました。Partner Central への反映には最大で 5 営業日ほどかかる場合がございます。</p>
<p>本件についてお客様に行っていただく操作はございません。ほかにご不明な点がございましたら、お気軽にお問い合わせください。</p>
<p>山本<br>AWS トレーニングと認定</p>
<div style="color:#777;border-top:1px solid #ddd;margin-top:16px">2025年5月2日(金) 17:20 森 遥斗 &lt;%s&gt;:<blockquote>会社のメールアドレスは haruto.mori@minato-cloud.co.jp です。<br>Partner Central へのユーザー登録は5月2日に完了しました。</blockquote></div>""" % (NEW_ID, ME_P), "ja")
m_res_f = add("resolved", False, CF, [NEW_ID], d(2025, 5, 6, 2, 0), addr("Amazon Web Services", TC), ME_P,
    tc_subj(CF), leaf("text/html", res_f_html, "utf-8", "quoted-printable"),
    "Japanese completion, HTML-only; 'ご不明な点がございましたら' conditional", refs=[m_ack_f, m_req_f, m_rep_f], auth=auth_google("amazon.com"))

svy_f = """森 遥斗 様

先日は AWS トレーニングと認定サポート (ケース ID: %s) をご利用いただき、ありがとうございました。
今後のサービス向上のため、簡単なアンケートへのご協力をお願いいたします (所要時間 約 2 分)。

https://survey.aws-training-feedback.amazon.com/s/%s?lang=ja

※本メールは送信専用です。ご返信いただいてもお答えできません。
""" % (CF, h("sf", 10))
add("survey", False, CF, [], d(2025, 5, 7, 2, 0), addr("AWS トレーニングと認定", "no-reply@aws-training-feedback.amazon.com"), ME_P,
    "アンケートご協力のお願い: サポートケース %s" % CF, leaf("text/plain", svy_f, "utf-8", "base64"),
    "Japanese survey with 'ご協力をお願いいたします' (a request, but a survey)", auth=auth_google("amazon.com"))

tr = """Hello Haruto,

This is a reminder that your virtual classroom "Advanced Architecting on AWS" starts on
May 12, 2025 at 09:00 JST. Join from your AWS Training account 15 minutes early.

AWS Training
"""
add("unrelated", False, None, [], d(2025, 5, 8, 0, 0), addr("AWS Training", "no-reply@aws.training"), ME_P,
    "Reminder: your class starts soon", leaf("text/plain", tr, "utf-8", "7bit"), "aws.training class reminder",
    auth=auth_google("aws.training", mailfrom="bounce@aws.training"))

# ---------------------------------------------------------------- WRITER
def main():
    for f in os.listdir(HERE):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(HERE, f))
    msgs = sorted(MSGS, key=lambda m: m["dt"].astimezone(UTC))
    cnt = collections.Counter()
    rows = []
    for i, m in enumerate(msgs, 1):
        n = "%03d" % i
        with open(os.path.join(HERE, n + "-msg.eml"), "wb") as fh:
            fh.write(render(m))
        lab = {"kind": m["kind"], "needs_reply": m["needs"], "case": m["case"], "candidate_ids": list(dict.fromkeys(m["cands"]))}
        with open(os.path.join(HERE, n + "-msg.json"), "w") as fh:
            json.dump(lab, fh, ensure_ascii=False)
            fh.write("\n")
        cnt[m["kind"]] += 1
        rows.append((n, m["kind"], "yes" if m["needs"] else "no", m["case"] or "-", m["note"]))
    with open(os.path.join(HERE, "table.md"), "w") as fh:
        fh.write("| # | kind | reply? | case | what it is / what makes it hard |\n|---|---|---|---|---|\n")
        for r in rows:
            fh.write("| %s | %s | %s | %s | %s |\n" % r)
    print("total %d" % len(msgs))
    for k, v in sorted(cnt.items()):
        print("%s %d" % (k, v))

if __name__ == "__main__":
    main()
