#!/usr/bin/env python3
"""Generate the blind held-out corpus (blind-105). Standard library only.
Writes NNN-slug.eml and NNN-slug.json beside this script."""
import base64, json, os, quopri, datetime as dt
from email.header import Header
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
JST = dt.timezone(dt.timedelta(hours=9))
UTC = dt.timezone.utc

ME_P = "ryo.kanzaki.dev@gmail.com"
ME_C = "r-kanzaki@hoshizora-tech.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
CON = "no-reply-aws@amazon.com"
CM = "174048211600523"   # main merge case (15 digits)
CD = "174048395200618"   # duplicate form submission (15 digits)
CC_ = "17391045822"      # console case (11 digits)
CJ = "7712094836"        # old case reopened (10 digits)
SUBJ_TC = "[AWS Training and Certification Form Submission] - account-assistance"

MSGIDS = {}

def hdr(s, cs="utf-8"):
    try:
        s.encode("ascii"); return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()

def addr(name, email, cs="utf-8"):
    if not name: return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()<>@'): name = '"%s"' % name
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, cs).encode(), email)

class Leaf:
    def __init__(self, ctype, text, cs="utf-8", cte="8bit"):
        self.ctype, self.text, self.cs, self.cte = ctype, text, cs, cte
    def render(self):
        raw = self.text.encode(self.cs)
        if self.cte == "base64": body = base64.encodebytes(raw)
        elif self.cte == "quoted-printable": body = quopri.encodestring(raw)
        else: body = raw if raw.endswith(b"\n") else raw + b"\n"
        h = ["Content-Type: %s; charset=\"%s\"" % (self.ctype, self.cs),
             "Content-Transfer-Encoding: %s" % self.cte]
        return h, body

class Multi:
    n = 0
    def __init__(self, sub, parts):
        Multi.n += 1
        self.sub, self.parts = sub, parts
        self.b = "=_b%03d_%s" % (Multi.n, "4f2a9c")
    def render(self):
        h = ['Content-Type: multipart/%s; boundary="%s"' % (self.sub, self.b)]
        out = b"This is a multi-part message in MIME format.\n"
        for p in self.parts:
            ph, pb = p.render()
            out += b"\n--" + self.b.encode() + b"\n" + "\n".join(ph).encode() + b"\n\n" + pb
        out += b"\n--" + self.b.encode() + b"--\n"
        return h, out

def T(text, cs="utf-8", cte="8bit"): return Leaf("text/plain", text, cs, cte)
def H(html, cs="utf-8", cte="quoted-printable"): return Leaf("text/html", html, cs, cte)
def ALT(t, h): return Multi("alternative", [t, h])

def auth_gmail(dom, ok=True, spf_ok=None):
    spf_ok = ok if spf_ok is None else spf_ok
    d = "pass" if ok else "fail"
    return ("mx.google.com;\n       dkim=%s header.i=@%s header.s=%s header.b=Qx7%s;\n"
            "       spf=%s (google.com: domain of bounces@%s %s) smtp.mailfrom=bounces@%s;\n"
            "       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=%s) header.from=%s") % (
        d, dom, "ug7nbtf4gccmlpwj322ax3p6ow6yfsug" if ok else "sel1", dom[:3],
        "pass" if spf_ok else "softfail", dom,
        "designates 54.240.8.31 as permitted sender" if spf_ok else "does not designate 185.222.58.14 as permitted sender",
        dom, "pass" if ok else "fail", "NONE" if ok else "QUARANTINE", dom)

def auth_m365(dom, ok=True):
    if ok:
        return ("spf=pass (sender IP is 54.240.48.90) smtp.mailfrom=%s; dkim=pass (signature was verified)\n"
                " header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass reason=100") % (dom, dom, dom)
    return ("spf=fail (sender IP is 45.137.21.9) smtp.mailfrom=%s; dkim=fail (body hash did not verify)\n"
            " header.d=%s;dmarc=fail action=oreject header.from=%s;compauth=fail reason=000") % (dom, dom, dom)

ALL = []
def msg(n, slug, label, frm, to, subj, when, body, cc=None, key=None, irt=None, refs=None,
        auth=None, crlf=False, extra=(), scs="utf-8", mid_dom=None):
    num = "%03d" % n
    dom = mid_dom or frm.split("@")[-1].rstrip(">")
    mid = "<%s.%s.%d@%s>" % (num, "c7e1" if n % 2 else "9ab0", 1740000000 + n * 7919, dom)
    if key: MSGIDS[key] = mid
    lines = []
    if auth: lines.append("Authentication-Results: " + auth)
    lines += ["From: " + frm, "To: " + to]
    if cc: lines.append("Cc: " + cc)
    lines += ["Subject: " + hdr(subj, scs), "Date: " + format_datetime(when), "Message-ID: " + mid]
    if irt: lines.append("In-Reply-To: " + MSGIDS[irt])
    if refs: lines.append("References: " + " ".join(MSGIDS[r] for r in refs))
    lines += list(extra)
    lines.append("MIME-Version: 1.0")
    bh, bb = body.render()
    data = ("\n".join(lines + bh) + "\n\n").encode("ascii") + bb
    if crlf: data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    ALL.append((num, "%s-%s" % (num, slug), data, label))

def L(kind, needs=False, case=None, ids=()):
    return {"kind": kind, "needs_reply": needs, "case": case, "candidate_ids": list(ids)}

def d(mo, day, h, mi, tz=JST): return dt.datetime(2025, mo, day, h, mi, 0, tzinfo=tz)

TCN = addr("Amazon Web Services Training and Certification", TC)
CONN = addr("Amazon Web Services", CON)
S_M = "RE:[CASE %s] %s" % (CM, SUBJ_TC)
S_M2 = "RE: [CASE %s] %s" % (CM, SUBJ_TC)
S_D = "RE:[CASE %s] %s" % (CD, SUBJ_TC)
S_J = "RE:[CASE %s] %s" % (CJ, SUBJ_TC)
S_C = "RE:[CASE %s] Exam voucher missing after certification account merge" % CC_
CON_FOOT = ("\n\nTo see the case or respond, please sign in to the Support Center:\n"
            "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
            "We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. "
            "You can rate a correspondence by selecting the stars in the top right corner of the correspondence.\n\n"
            "Best regards,\nAmazon Web Services\n\n"
            "This e-mail address is used for outgoing notifications only and cannot accept incoming e-mails. "
            "Replies sent to this address are not read.\n") % CC_

# ---------------------------------------------------------------- 001
msg(1, "001", L("unrelated"), addr("AWS", "no-reply@signin.aws"), ME_P,
    "Verify your AWS Builder ID email address", d(2, 23, 21, 3),
    ALT(T("Hello,\n\nTo finish creating your AWS Builder ID, enter this verification code:\n\n482915\n\n"
          "The code expires in 30 minutes. If you did not request it, you can ignore this email.\n\n"
          "Amazon Web Services\n"),
        H("<html><body><p>Hello,</p><p>To finish creating your AWS Builder ID, enter this verification code:</p>"
          "<p style=\"font-size:28px;font-weight:bold\">482915</p><p>The code expires in 30 minutes. If you did not "
          "request it, you can ignore this email.</p><p>Amazon Web Services</p></body></html>")),
    auth=auth_gmail("signin.aws"))

# ---------------------------------------------------------------- 002
msg(2, "002", L("unrelated"), addr("Amazon Web Services", "aws-billing@amazon.com"), ME_C,
    "Amazon Web Services Billing Statement Available [Account: 481516234200]", d(2, 24, 9, 12),
    T("Greetings from Amazon Web Services,\n\nThis e-mail confirms that your latest billing statement, for the account "
      "ending in 4200, is available on the AWS web site. Your account will be charged the following:\n\n"
      "Total: $412.88\n\n[AWS ID 481516234200]\n\nYou can see a complete breakdown of all charges on the Billing & Cost "
      "Management page.\n\nThank you for using Amazon Web Services.\n\nSincerely,\nAmazon Web Services\n\n"
      "This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n",
      cte="quoted-printable"),
    auth=auth_m365("amazon.com"), crlf=True)

# ---------------------------------------------------------------- 003 ack M
ack_txt = ("Hello,\n\nThank you for contacting Amazon Web Services. We have opened case %s to address your request. "
    "The details of your case are as follows:\n\nCase ID: %s\nInquiry type: AWS Training and Certification\n"
    "Category: Certification - Account Merge\nDescription:\n"
    "  Use Case: I have resigned from Hoshizora Technologies (last day Feb 28) and want my certifications on my personal account.\n"
    "  All email addresses used: %s, %s\n  Email to keep on file: %s\n\n"
    "We usually respond within 24 hours. To avoid delays, do not open another case for this same request; if you have "
    "additional information to share, reply to this email and it will be added to the case.\n\n"
    "Sincerely,\nAWS Training and Certification Customer Service\n") % (CM, CM, ME_C, ME_P, ME_P)
ack_html = "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in ack_txt.split("\n\n")) + "</body></html>"
msg(3, "003", L("acknowledgement", case=CM), TCN, ME_P, S_M, d(2, 25, 20, 15),
    ALT(T(ack_txt, cte="quoted-printable"), H(ack_html)), key="m_ack", auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 004 ack D (JP, ISO-2022-JP)
msg(4, "004", L("acknowledgement", case=CD), addr("アマゾン ウェブ サービス トレーニングと認定", TC, "iso-2022-jp"), ME_P,
    S_D, d(2, 25, 20, 46),
    T("お客様\n\nアマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。\n"
      "お問い合わせ内容を確認するため、ケース %s を作成いたしました。\n\n"
      "ケースID: %s\nお問い合わせタイプ: AWS トレーニングと認定\nその他の詳細: アカウントの統合\n\n"
      "担当者より通常24時間以内にご連絡いたします。\n"
      "すでに同じ内容でケースをお持ちの場合、新たにケースを作成されますと対応が遅れる場合がございます。\n"
      "補足情報がございましたら、本メールにそのままご返信ください。\n\n"
      "AWS トレーニングと認定 カスタマーサービス\n" % (CD, CD), cs="iso-2022-jp", cte="7bit"),
    key="d_ack", auth=auth_gmail("amazon.com"), scs="iso-2022-jp")

# ---------------------------------------------------------------- 005 GitHub merged
msg(5, "005", L("unrelated"), addr("Sato Mika", "notifications@github.com"), ME_C,
    "Re: [hoshizora/infra-terraform] Merge duplicate IAM Identity Center accounts (PR #212)", d(2, 26, 8, 51),
    ALT(T("Merged #212 into main.\n\n--\nReply to this email directly, view it on GitHub:\n"
          "https://github.com/hoshizora/infra-terraform/pull/212#event-16420981733\n"
          "You are receiving this because you were mentioned.\n"),
        H("<p>Merged <a href=\"https://github.com/hoshizora/infra-terraform/pull/212\">#212</a> into main.</p>"
          "<p style=\"font-size:small;color:#666\">&mdash;<br>Reply to this email directly, view it on GitHub.<br>"
          "You are receiving this because you were mentioned.</p>")),
    auth=auth_m365("github.com"), extra=["List-ID: hoshizora/infra-terraform <infra-terraform.hoshizora.github.com>"])

# ---------------------------------------------------------------- 006 marketing JP HTML
msg(6, "006", L("unrelated"), addr("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"), ME_P,
    "【ご案内】AWS Summit Japan 2025 事前登録受付を開始しました", d(2, 26, 9, 0),
    H("<html><body><table width=\"600\"><tr><td><h2>AWS Summit Japan 2025</h2>"
      "<p>日本最大の AWS を学ぶイベントの事前登録を開始しました。AWS 認定保有者向けラウンジもご用意しています。</p>"
      "<p><a href=\"https://aws.amazon.com/jp/summits/japan/\">今すぐ登録</a></p>"
      "<p style=\"font-size:10px\">本メールは送信専用アドレスから配信しています。配信停止をご希望の場合は、こちらから手続きしてください。</p>"
      "</td></tr></table></body></html>", cte="base64"),
    auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 007 info_request M (buried, no please)
msg(7, "007", L("info_request", True, CM), TCN, ME_P, S_M, d(2, 26, 9, 40),
    T("Hello Ryo,\n\nThanks for reaching out, and congratulations on the new chapter. My name is Priya and I'll be handling "
      "your case.\n\nA bit of background on how this works: a merge moves exam history, active certifications, digital "
      "badges and any unused benefits from one certification account (the \"source\") into another (the \"destination\"). "
      "Once it's done the source account is deactivated and can't be signed in to, so it's worth downloading any "
      "certificates you want to keep as PDFs beforehand. Merges are done by our team manually, and we look each account "
      "up by its candidate ID rather than by email address, because several profiles can share one address.\n\n"
      "That's the one thing missing from your form: the candidate ID of each of the two accounts. You'll find it in the "
      "top right corner of the certification portal after signing in - it's \"AWS\" followed by eight digits.\n\n"
      "Once I have both I can get things moving.\n\nKind regards,\nPriya\nAWS Training and Certification\n"),
    key="m_info1", irt="m_ack", refs=["m_ack"], auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 008 case_update D
msg(8, "008", L("case_update", case=CD), TCN, ME_P, S_D, d(2, 26, 10, 5),
    T("Hi,\n\nIt looks like the form was submitted twice for the same merge - this case (%s) and case %s. "
      "To keep everything in one place, all work will happen on case %s. You'll get our questions and updates there; "
      "this thread will be tidied up once the merge is finished.\n\nThank you,\nDaniel\nAWS Training and Certification\n"
      % (CD, CM, CM), cte="quoted-printable"),
    key="d_upd", irt="d_ack", refs=["d_ack"], auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 009 suspicious lookalike
msg(9, "009", L("suspicious"), addr("AWS Training & Certification", "support@aws-certification-merge.com"), ME_P,
    "Action required: verify ownership to complete your certification account merge", d(2, 26, 11, 17),
    ALT(T("Dear Candidate,\n\nWe received a request to merge your AWS Certification accounts. To protect your credentials "
          "we need you to verify ownership of both accounts within 24 hours, otherwise your certifications will be revoked.\n\n"
          "Verify now: https://aws-certification-merge.com/verify?id=AWS0\n\nAWS Training and Certification Team\n"),
        H("<p>Dear Candidate,</p><p>We received a request to merge your AWS Certification accounts. To protect your "
          "credentials we need you to <b>verify ownership of both accounts within 24 hours</b>, otherwise your "
          "certifications will be revoked.</p><p><a href=\"https://aws-certification-merge.com/verify\">Verify now</a></p>")),
    auth=auth_gmail("aws-certification-merge.com"))

# ---------------------------------------------------------------- 010 user_reply M with IDs
msg(10, "010", L("user_reply", case=CM, ids=["AWS10293847", "AWS04417730"]), addr("Ryo Kanzaki", ME_P), TC,
    "Re: " + S_M, d(2, 26, 12, 31),
    T("Hi Priya,\n\nThanks. Here they are:\n\n- personal account (%s): AWS10293847\n- company account (%s): AWS04417730\n\n"
      "Best,\nRyo\n\nOn Wed, Feb 26, 2025 at 9:40 AM Amazon Web Services Training and Certification <%s> wrote:\n"
      "> Hello Ryo,\n>\n> Thanks for reaching out, and congratulations on the new chapter. My name is Priya and I'll be handling\n"
      "> your case.\n> ...\n> That's the one thing missing from your form: the candidate ID of each of the two accounts.\n"
      "> You'll find it in the top right corner of the certification portal after signing in.\n>\n> Kind regards,\n> Priya\n"
      % (ME_P, ME_C, TC)),
    key="m_rep1", irt="m_info1", refs=["m_ack", "m_info1"], mid_dom="mail.gmail.com")

# ---------------------------------------------------------------- 011 Pearson VUE
msg(11, "011", L("unrelated"), addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME_P,
    "Confirmation of your AWS Certified Security - Specialty exam appointment", d(2, 26, 14, 2),
    ALT(T("Dear Ryo Kanzaki,\n\nThank you for scheduling your exam with Pearson VUE.\n\nRegistration ID: 418273645\n"
          "Exam: SCS-C02 AWS Certified Security - Specialty\nDate: Thursday, April 10, 2025 10:00 JST\n"
          "Delivery: OnVUE online proctored\n\nPlease review the system requirements and run the system test before "
          "exam day. If you need to reschedule, do so at least 24 hours in advance.\n\nPearson VUE\n"),
        H("<p>Dear Ryo Kanzaki,</p><p>Thank you for scheduling your exam with Pearson VUE.</p><table border=\"1\">"
          "<tr><td>Registration ID</td><td>418273645</td></tr><tr><td>Exam</td><td>SCS-C02</td></tr>"
          "<tr><td>Date</td><td>April 10, 2025 10:00 JST</td></tr></table>"
          "<p>Please review the system requirements and run the system test before exam day.</p>")),
    auth=auth_gmail("pearson.com"))

# ---------------------------------------------------------------- 012 on_hold M with ask (to company, CRLF, QP)
onhold_txt = ("Hello,\n\nThank you for sending the candidate IDs.\n\nWhen I looked up AWS04417730 I found that this "
    "certification account is associated with an AWS Partner Network (APN) organization, Hoshizora Technologies K.K. "
    "Certifications held on a partner-linked account count toward the partner's tier requirements, so we're not able "
    "to move them out while the individual is still with the partner organization. For that reason your request is on "
    "hold for now.\n\nAre you leaving Hoshizora Technologies, and if so, what is your last working day? Once I have that "
    "I'll ask our partner operations team to release the association.\n\nRegards,\nMarcus T.\n"
    "AWS Training and Certification Customer Support\n")
msg(12, "012", L("on_hold", True, CM, ["AWS04417730"]), TCN, ME_C, S_M, d(2, 27, 1, 22, UTC),
    T(onhold_txt, cte="quoted-printable"), key="m_hold1", irt="m_rep1", refs=["m_ack", "m_info1", "m_rep1"],
    auth=auth_m365("amazon.com"), crlf=True)

# ---------------------------------------------------------------- 013 user forwards 012 to personal
msg(13, "013", L("user_reply", case=CM), addr("Kanzaki Ryo", ME_C), ME_P, "FW: " + S_M, d(2, 27, 10, 41),
    T("自分用に転送。\n\n________________________________\nFrom: Amazon Web Services Training and Certification <%s>\n"
      "Sent: Thursday, February 27, 2025 10:22 AM\nTo: Kanzaki Ryo <%s>\nSubject: %s\n\n%s" % (TC, ME_C, S_M, onhold_txt),
    cte="quoted-printable"), crlf=True, mid_dom="hoshizora-tech.co.jp")

# ---------------------------------------------------------------- 014 user_reply M answering APN
msg(14, "014", L("user_reply", case=CM), addr("Ryo Kanzaki", ME_P), TC, "Re: " + S_M, d(2, 27, 11, 5),
    T("Hello Marcus,\n\nYes, I'm leaving. My last working day at Hoshizora Technologies is Friday, February 28, and the "
      "company mailbox will be shut down that evening, so please use this address from now on. I've copied our "
      "partner alliance lead, Takuya Morino, in case you need anything from the company side.\n\nThanks,\nRyo Kanzaki\n\n"
      "On Thu, Feb 27, 2025 at 10:22 AM Amazon Web Services Training and Certification <%s> wrote:\n"
      "> Are you leaving Hoshizora Technologies, and if so, what is your last working day?\n" % TC),
    cc=addr("Takuya Morino", "t-morino@hoshizora-tech.co.jp"), key="m_rep2", irt="m_hold1",
    refs=["m_ack", "m_hold1"], mid_dom="mail.gmail.com")

# ---------------------------------------------------------------- 015 out-of-office (ISO-2022-JP)
msg(15, "015", L("unrelated"), addr("森野 拓也", "t-morino@hoshizora-tech.co.jp", "iso-2022-jp"), ME_P,
    "自動応答: Re: " + S_M, d(2, 27, 11, 5),
    T("お疲れさまです。森野です。\n\n3月3日(月)まで出張のため不在にしております。\n"
      "期間中はメールの確認が遅れます。お急ぎの場合はパートナーアライアンス室(alliance@hoshizora-tech.co.jp)までご連絡ください。\n\n"
      "I am out of the office until March 3 with limited access to email.\n", cs="iso-2022-jp", cte="7bit"),
    auth=auth_gmail("hoshizora-tech.co.jp"), scs="iso-2022-jp", extra=["Auto-Submitted: auto-replied"])

# ---------------------------------------------------------------- 016 on_hold M no ask
msg(16, "016", L("on_hold", case=CM), TCN, ME_P, S_M2, d(2, 27, 15, 48),
    ALT(T("Hi Ryo,\n\nThanks for confirming your leaving date.\n\nI've asked our partner operations team to remove the APN "
          "association from the Hoshizora account. They handle these in order and it usually takes two to three business "
          "days; until they're done the merge stays paused on our side. Nothing is needed from you in the meantime and I'll "
          "write as soon as I hear back.\n\nShould your last day change, just drop a line on this thread.\n\n"
          "Regards,\nMarcus T.\n"),
        H("<div>Hi Ryo,<br><br>Thanks for confirming your leaving date.<br><br>I've asked our partner operations team to "
          "remove the APN association from the Hoshizora account. They handle these in order and it usually takes two to "
          "three business days; until they're done the merge stays paused on our side. Nothing is needed from you in the "
          "meantime and I'll write as soon as I hear back.<br><br>Should your last day change, just drop a line on this "
          "thread.<br><br>Regards,<br>Marcus T.</div>")),
    key="m_hold2", irt="m_rep2", refs=["m_ack", "m_hold1", "m_rep2"], auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 017 certmetrics feedback invite
msg(17, "017", L("certification"), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
    "AWS Certification wants to hear from you", d(2, 27, 18, 30),
    ALT(T("Hello Ryo,\n\nAs an AWS Certified individual, your opinion shapes our program. Would you take 10 minutes to "
          "tell us about your experience with AWS Certification? Please respond by March 14.\n\n"
          "Start the survey: https://www.certmetrics.com/amazon/survey/\n\nThank you,\nAWS Certification\n"),
        H("<p>Hello Ryo,</p><p>As an AWS Certified individual, your opinion shapes our program. Would you take 10 minutes "
          "to tell us about your experience with AWS Certification? Please respond by March 14.</p>"
          "<p><a href=\"https://www.certmetrics.com/amazon/survey/\">Start the survey</a></p>")),
    auth=auth_m365("certmetrics.com"))

# ---------------------------------------------------------------- 018 Jira
msg(18, "018", L("unrelated"), addr("Shinji Ota (Jira)", "jira@hoshizora.atlassian.net"), ME_C,
    "[JIRA] (INFRA-442) Hand over AWS account ownership before R. Kanzaki leaves", d(2, 28, 9, 14),
    T("Shinji Ota resolved INFRA-442 as Done.\n\nHand over AWS account ownership before R. Kanzaki leaves\n"
      "Change By: Shinji Ota\nResolution: Done\nStatus: In Review -> Resolved\n\n"
      "Root user email for account 702219384455 moved to infra-owner@hoshizora-tech.co.jp.\n\n"
      "This message was sent by Atlassian Jira.\n", cte="quoted-printable"),
    auth=auth_m365("atlassian.net"), crlf=True)

# ---------------------------------------------------------------- 019 company IT notice JP
msg(19, "019", L("unrelated"), addr("情報システム部", "it-helpdesk@hoshizora-tech.co.jp"), ME_C,
    "【重要】退職に伴うアカウント停止のお知らせ", d(2, 28, 9, 30),
    T("神崎 様\n\n退職日(2月28日)の18:00をもって、以下のアカウントを停止いたします。\n"
      "・メールアカウント(r-kanzaki@hoshizora-tech.co.jp)\n・VPN / Microsoft 365\n\n"
      "必要な個人データがある場合は、停止前にご自身でバックアップしてください。\n"
      "ご不明な点はヘルプデスク(内線 2210)までお問い合わせください。\n\n情報システム部\n", cte="base64"),
    auth=auth_m365("hoshizora-tech.co.jp"), crlf=True)

# ---------------------------------------------------------------- 020 console ack C
msg(20, "020", L("acknowledgement", case=CC_), CONN, ME_P,
    "Amazon Web Services: New Support case: " + CC_, d(3, 1, 10, 2),
    T(("Dear Ryo Kanzaki,\n\nWe've received your request, and one of our Support associates will reply soon.\n\n"
       "Case ID: %s\nSubject: Exam voucher missing after certification account merge\nSeverity: General guidance\n"
       "Correspondence: My 50%% exam discount voucher was on my old company certification account. Will it be moved "
       "with the merge (case %s)?\n\n[AWS ID 551203984476]\n\n"
       "To see the case or respond, please sign in to the Support Center:\n"
       "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\nThank you for using Amazon Web Services.\n\n"
       "This e-mail address is used for outgoing notifications only and cannot accept incoming e-mails.\n") % (CC_, CM, CC_),
      cte="quoted-printable"),
    key="c_ack", auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 021 other vendor case closed
msg(21, "021", L("unrelated"), addr("Nimbus DNS Support", "support@nimbusdns.zendesk.com"), ME_P,
    "[Nimbus DNS] Re: Transfer domain ownership to personal account (#48213) - case closed", d(3, 1, 13, 44),
    ALT(T("##- Please type your reply above this line -##\n\nYour request (#48213) has been solved and closed. The domain "
          "kanzaki.dev now belongs to your personal account.\n\nIf you still need help, reply to this email within 7 days "
          "and the request will be reopened.\n\nNimbus DNS Support\n"),
        H("<p style=\"color:#b5b5b5\">##- Please type your reply above this line -##</p><p>Your request (#48213) has been "
          "solved and closed. The domain kanzaki.dev now belongs to your personal account.</p><p>If you still need help, "
          "reply to this email within 7 days and the request will be reopened.</p>")),
    auth=auth_gmail("zendesk.com"))

# ---------------------------------------------------------------- 022 console info_request C
c_info = ("Hello,\n\nThank you for contacting AWS Support. My name is Elena and I'll be looking into the voucher for you.\n\n"
    "Benefits such as exam discount vouchers are tied to the certification that earned them, so they normally follow "
    "the certification when accounts are merged. To check where the voucher is sitting right now, I need the candidate "
    "ID of the account that originally received it. Could you add it to this case from the Support Center? Replies to "
    "this e-mail do not reach us.\n\nBest regards,\nElena R.\nAmazon Web Services")
msg(22, "022", L("info_request", True, CC_), CONN, ME_P, S_C, d(3, 2, 2, 10, UTC),
    ALT(T(c_info + CON_FOOT, cte="quoted-printable"),
        H("<html><body>" + "".join("<p>%s</p>" % p for p in (c_info + CON_FOOT).split("\n\n")) + "</body></html>")),
    key="c_info", auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 023 Builder ID sign-in code
msg(23, "023", L("unrelated"), addr("AWS Builder ID", "no-reply@login.awsapps.com"), ME_P,
    "AWS Builder ID sign-in verification code", d(3, 2, 13, 20),
    T("Verification code: 903118\n\nSomeone is trying to sign in to your AWS Builder ID from a new device "
      "(Chrome, Tokyo, JP). Enter this code to continue. If this wasn't you, reset your password.\n"),
    auth=auth_gmail("login.awsapps.com"))

# ---------------------------------------------------------------- 024 case_update M
msg(24, "024", L("case_update", case=CM), TCN, ME_P, S_M, d(3, 3, 16, 5),
    T("Hi Ryo,\n\nQuick update: partner operations has released the APN association on the Hoshizora certification "
      "account, so the hold is lifted. I'm putting the merge details together now and will send them over for a final "
      "look shortly.\n\nMarcus T.\nAWS Training and Certification\n"),
    key="m_upd1", irt="m_hold2", refs=["m_ack", "m_hold2"], auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 025 confirmation_request M (HTML only, table, base64)
conf_html = ("<html><body style=\"font-family:Arial\"><p>Hello Ryo,</p><p>Below are the two certification accounts I "
    "found for you.</p><table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">"
    "<tr><th></th><th>Account #1</th><th>Account #2</th></tr>"
    "<tr><td>Candidate ID</td><td>AWS10293847</td><td>AWS04417730</td></tr>"
    "<tr><td>Login email</td><td>%s</td><td>%s</td></tr>"
    "<tr><td>Training notification email</td><td>%s</td><td>%s</td></tr>"
    "<tr><td>Certification notification email</td><td>%s</td><td>%s</td></tr>"
    "<tr><td>Active certifications</td><td>0</td><td>3</td></tr></table>"
    "<p>After the merge only one of them remains and the other is retired for good. Which account number should "
    "be the one we keep?</p><p>Best regards,<br>Keiko S.<br>AWS Training and Certification</p></body></html>") % (
    ME_P, ME_C, ME_P, ME_C, ME_P, ME_C)
msg(25, "025", L("confirmation_request", True, CM, ["AWS10293847", "AWS04417730"]), TCN, ME_P, S_M, d(3, 4, 9, 12),
    H(conf_html, cte="base64"), cc=ME_C, key="m_conf", irt="m_upd1", refs=["m_ack", "m_upd1"],
    auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 026 newsletter JP
msg(26, "026", L("unrelated"), addr("クラウド技術ウィークリー", "weekly@cloudtech-news.jp"), ME_P,
    "今週の人気記事: 転職時にAWS認定アカウントを統合する手順まとめ", d(3, 4, 10, 30),
    ALT(T("今週の人気記事\n\n1. 転職時にAWS認定アカウントを統合する手順まとめ\n   サポートから確認メールが届いたら、統合先を返信するだけ。\n"
          "2. Amazon Bedrock の料金を見直す\n3. GitHub Actions から OIDC で AWS にデプロイ\n\n配信停止はこちら\n",
          cte="quoted-printable"),
        H("<h3>今週の人気記事</h3><ol><li>転職時にAWS認定アカウントを統合する手順まとめ<br>"
          "サポートから確認メールが届いたら、統合先を返信するだけ。</li><li>Amazon Bedrock の料金を見直す</li>"
          "<li>GitHub Actions から OIDC で AWS にデプロイ</li></ol>")),
    auth=auth_gmail("cloudtech-news.jp"))

# ---------------------------------------------------------------- 027 suspicious dmarc=fail with real case
msg(27, "027", L("suspicious"), TCN, ME_P, S_M, d(3, 4, 11, 58),
    T(("Hello,\n\nTo complete the merge on case %s we must verify your identity. Sign in with your AWS Builder ID at the "
       "link below within 12 hours, or the request will be cancelled.\n\nhttps://aws-training.certify-id.net/merge/%s\n\n"
       "AWS Training and Certification\n") % (CM, CM)),
    auth=auth_gmail("amazon.com", ok=False))

# ---------------------------------------------------------------- 028 user replies by email to console (wrong channel)
msg(28, "028", L("user_reply", case=CC_, ids=["AWS04417730"]), addr("Ryo Kanzaki", ME_P), CON, "Re: " + S_C,
    d(3, 4, 12, 30),
    T(("Hi Elena,\n\nThe voucher was on my old company account, candidate ID AWS04417730.\n\nThanks,\nRyo\n\n"
       "On Sun, Mar 2, 2025 at 11:10 AM Amazon Web Services <%s> wrote:\n> Hello,\n>\n> Thank you for contacting AWS "
       "Support. My name is Elena and I'll be looking into the voucher for you.\n> ...\n") % CON),
    key="c_rep", irt="c_info", refs=["c_ack", "c_info"], mid_dom="mail.gmail.com")

# ---------------------------------------------------------------- 029 bounce
msg(29, "029", L("unrelated"), addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
    "Delivery Status Notification (Failure)", d(3, 4, 12, 31),
    Multi("report", [
        T("** Address not found **\n\nYour message wasn't delivered to %s because the address couldn't be found, or is "
          "unable to receive mail.\n\nThe response was:\n\n550 5.1.1 This mailbox does not accept incoming messages.\n" % CON),
        Leaf("text/rfc822-headers", "From: Ryo Kanzaki <%s>\nTo: %s\nSubject: Re: %s\n" % (ME_P, CON, S_C), "us-ascii", "7bit")]),
    auth=auth_gmail("googlemail.com"))

# ---------------------------------------------------------------- 030 closing_notice M (to company)
msg(30, "030", L("closing_notice", True, CM), TCN, ME_C, S_M, d(3, 6, 22, 3, UTC),
    T("Hello,\n\nI'm following up on the account details sent on March 4. As we have not received a response, this case "
      "is scheduled to close in 3 business days. Responding to this email will keep it open and we can carry on with "
      "the merge.\n\nAWS Training and Certification\n"),
    key="m_close", irt="m_conf", refs=["m_ack", "m_conf"], auth=auth_m365("amazon.com"))

# ---------------------------------------------------------------- 031 user_reply M from company (Outlook)
msg(31, "031", L("user_reply", case=CM), addr("Kanzaki Ryo", ME_C), TC, "RE: " + S_M, d(3, 7, 8, 15),
    T(("Confirmed. Please merge into Account #1 (the gmail address).\n\nRyo\n\n-----Original Message-----\n"
       "From: Amazon Web Services Training and Certification <%s>\nSent: Friday, March 7, 2025 7:03 AM\nTo: Kanzaki Ryo <%s>\n"
       "Subject: %s\n\nHello,\n\nI'm following up on the account details sent on March 4. As we have not received a "
       "response, this case is scheduled to close in 3 business days. Responding to this email will keep it open.\n") % (TC, ME_C, S_M),
      cte="quoted-printable"),
    key="m_rep3", irt="m_close", refs=["m_ack", "m_conf", "m_close"], crlf=True, mid_dom="hoshizora-tech.co.jp")

# ---------------------------------------------------------------- 032 info_request M: write from the other address
msg(32, "032", L("info_request", True, CM), TCN, ME_C, S_M, d(3, 7, 11, 40),
    T(("Hi Ryo,\n\nThanks for getting back to us. Because that confirmation came from %s - the address on the account "
       "that will be retired - I can't act on it. We need the go-ahead to come from the address you're keeping, %s. "
       "A short reply from there confirming Account #1 is enough.\n\nKeiko S.\nAWS Training and Certification\n") % (ME_C, ME_P)),
    cc=ME_P, key="m_info2", irt="m_rep3", refs=["m_ack", "m_close", "m_rep3"], auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 033 user_reply M without case token
msg(33, "033", L("user_reply", case=CM), addr("Ryo Kanzaki", ME_P), TC, "Re: merge confirmation from my personal address",
    d(3, 7, 12, 2),
    T(("Hi Keiko,\n\nWriting from %s as asked: I confirm, please merge everything into Account #1.\n\nRyo\n\n"
       "On Fri, Mar 7, 2025 at 11:40 AM <%s> wrote:\n> Hi Ryo,\n>\n> Thanks for getting back to us. Because that "
       "confirmation came from %s ...\n> We need the go-ahead to come from the address you're keeping.\n") % (ME_P, TC, ME_C),
      cte="quoted-printable"),
    key="m_rep4", irt="m_info2", refs=["m_ack", "m_rep3", "m_info2"], mid_dom="mail.gmail.com")

# ---------------------------------------------------------------- 034 Amazon.co.jp (Shift_JIS)
msg(34, "034", L("unrelated"), addr("Amazon.co.jp", "auto-confirm@amazon.co.jp", "shift_jis"), ME_P,
    "Amazon.co.jp ご注文の確認", d(3, 7, 12, 40),
    T("神崎 様\n\nAmazon.co.jp をご利用いただき、ありがとうございます。\n以下のご注文を承りました。\n\n"
      "注文番号: 250-7741203-5519420\n商品: AWS認定 ソリューションアーキテクト プロフェッショナル 教科書\n"
      "お届け予定: 3月9日\n\nご注文内容の変更はアカウントサービスから行ってください。\n", cs="shift_jis", cte="base64"),
    auth=auth_gmail("amazon.co.jp"), scs="shift_jis")

# ---------------------------------------------------------------- 035 resolved M quoting old request
msg(35, "035", L("resolved", case=CM), TCN, ME_P, S_M, d(3, 7, 14, 26),
    ALT(T(("Hello Ryo,\n\nI have successfully merged all accounts. Account #1 (%s) now holds your exam history, your three "
           "active certifications and the benefits from the former company account. The old account has been retired.\n\n"
           "Badges may take up to 48 hours to reappear in Credly.\n\nIf something looks off, feel free to reply to this "
           "email.\n\nBest regards,\nKeiko S.\nAWS Training and Certification\n\n-----Original Message-----\n"
           "From: %s\nSent: 3/4/2025 9:12 AM\nSubject: %s\n\nHello Ryo,\nBelow are the two certification accounts I found "
           "for you.\nAccount #1 Candidate ID AWS10293847 Login email %s\nAccount #2 Candidate ID AWS04417730 Login email %s\n"
           "Which account number should be the one we keep?\n") % (ME_P, TC, S_M, ME_P, ME_C), cte="quoted-printable"),
        H(("<p>Hello Ryo,</p><p>I have successfully merged all accounts. Account #1 (%s) now holds your exam history, your "
           "three active certifications and the benefits from the former company account. The old account has been "
           "retired.</p><p>Badges may take up to 48 hours to reappear in Credly.</p><p>If something looks off, feel free "
           "to reply to this email.</p><p>Best regards,<br>Keiko S.</p><hr><blockquote>Hello Ryo,<br>Below are the two "
           "certification accounts I found for you.<br>Account #1 AWS10293847 / Account #2 AWS04417730<br>Which account "
           "number should be the one we keep?</blockquote>") % ME_P)),
    key="m_done", irt="m_rep4", refs=["m_ack", "m_info2", "m_rep4"], auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 036 Credly badge
msg(36, "036", L("badge"), addr("Credly", "admin@credly.com"), ME_P,
    "Amazon Web Services Training and Certification sent you a new badge", d(3, 7, 14, 51),
    ALT(T("Ryo, you've earned a badge!\n\nAWS Certified Solutions Architect - Associate\nIssued by Amazon Web Services "
          "Training and Certification\n\nAccept your badge: https://www.credly.com/earner/earned/badge/3f1c2a7e-9b0d-4d21-8f6e-55a1c0b7e912\n\n"
          "Credly, Inc.\n"),
        H("<table><tr><td><h2>Ryo, you've earned a badge!</h2><p>AWS Certified Solutions Architect - Associate</p>"
          "<p>Issued by Amazon Web Services Training and Certification</p><a href=\"https://www.credly.com/earner/earned/badge/"
          "3f1c2a7e-9b0d-4d21-8f6e-55a1c0b7e912\">Accept your badge</a></td></tr></table>")),
    auth=auth_gmail("credly.com"))

# ---------------------------------------------------------------- 037 survey M
msg(37, "037", L("survey", case=CM), addr("AWS Training and Certification", "aws-tc-survey@amazon.com"), ME_P,
    "How did we do? Your AWS Training and Certification support case " + CM, d(3, 8, 9, 0),
    ALT(T("Hello,\n\nYour recent case %s with AWS Training and Certification Customer Service has been marked resolved. "
          "We'd love to know how it went - the survey has three questions.\n\nRate your experience: "
          "https://survey.aws.amazon.com/tc?case=%s\n\nThis mailbox is not monitored.\n" % (CM, CM)),
        H("<p>Hello,</p><p>Your recent case %s with AWS Training and Certification Customer Service has been marked "
          "resolved. We'd love to know how it went - the survey has three questions.</p><p>"
          "<a href=\"https://survey.aws.amazon.com/tc\">Rate your experience</a></p>" % CM)),
    auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 038 console closing_notice C
c_close = ("Hello,\n\nWe haven't received the candidate ID we asked for on March 2. If we don't hear from you, this case "
    "will be resolved automatically in 3 days. Adding a reply in the Support Center keeps it open.\n\nElena R.\nAmazon Web Services")
msg(38, "038", L("closing_notice", True, CC_), CONN, ME_P, S_C, d(3, 8, 2, 15, UTC),
    T(c_close + CON_FOOT), key="c_close", irt="c_info", refs=["c_ack", "c_info"], auth=auth_gmail("amazon.com"), crlf=True)

# ---------------------------------------------------------------- 039 other vendor (Microsoft) closed
msg(39, "039", L("unrelated"), addr("Microsoft Support", "supportmail@microsoft.com"), ME_P,
    "Case 2502250040012345 closed: Merge Microsoft Certification profiles", d(3, 8, 11, 33),
    ALT(T("Hello Ryo,\n\nYour case 2502250040012345 about merging your Microsoft Learn certification profiles has been "
          "closed. Both transcripts are now combined under your personal Microsoft account.\n\nIf you have further questions, "
          "you can reopen the case within 10 days by replying to this email.\n\nMicrosoft Learn Support\n"),
        H("<p>Hello Ryo,</p><p>Your case 2502250040012345 about merging your Microsoft Learn certification profiles has been "
          "closed. Both transcripts are now combined under your personal Microsoft account.</p><p>If you have further "
          "questions, you can reopen the case within 10 days by replying to this email.</p>")),
    auth=auth_gmail("microsoft.com"))

# ---------------------------------------------------------------- 040 certmetrics expiry
msg(40, "040", L("certification", ids=["AWS10293847"]), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Your AWS Certification expires in 90 days", d(3, 9, 6, 0),
    T("Hello Ryo Kanzaki (AWS10293847),\n\nYour AWS Certified Developer - Associate certification expires on June 7, 2025. "
      "To keep it active, pass the current version of the exam or a higher-level exam before that date. Your 50% discount "
      "benefit can be used for the exam.\n\nVisit your certification account to schedule.\n\nAWS Certification\n"
      "Please do not reply to this message.\n", cte="quoted-printable"),
    auth=auth_gmail("certmetrics.com"))

# ---------------------------------------------------------------- 041 Credly badge #2
msg(41, "041", L("badge"), addr("Credly", "admin@credly.com"), ME_P,
    "Your AWS Certified Developer - Associate badge is ready to claim", d(3, 9, 8, 12),
    H("<html><body><p>Hi Ryo,</p><p>Amazon Web Services Training and Certification has issued you the "
      "<b>AWS Certified Developer - Associate</b> badge. Claim it to share your achievement on LinkedIn.</p>"
      "<p><a href=\"https://www.credly.com/badges/claim\">Claim badge</a></p></body></html>", cte="base64"),
    auth=auth_gmail("credly.com"))

# ---------------------------------------------------------------- 042 resolved D (JP, Shift_JIS)
msg(42, "042", L("resolved", case=CD), addr("AWS トレーニングと認定", TC, "shift_jis"), ME_P, S_D, d(3, 9, 14, 5),
    T(("神崎 様\n\nお世話になっております。AWS トレーニングと認定サポートでございます。\n\n"
       "本ケースと同じご依頼につきましては、ケース %s にて統合が完了しております。\n"
       "重複して作成されたこちらのケースはクローズいたします。お客様に追加でご対応いただく必要はございません。\n\n"
       "今後ともよろしくお願いいたします。\n") % CM, cs="shift_jis", cte="base64"),
    irt="d_upd", refs=["d_ack", "d_upd"], auth=auth_gmail("amazon.com"), scs="shift_jis")

# ---------------------------------------------------------------- 043 console case_update C
c_upd = ("Hello,\n\nThank you for adding the candidate ID in the Support Center. I've shared it with the certification "
    "benefits team, who can see the voucher on the retired account. They will move it over and I'll update this case "
    "when that's done.\n\nElena R.\nAmazon Web Services")
msg(43, "043", L("case_update", case=CC_), CONN, ME_P, S_C, d(3, 10, 1, 40, UTC),
    ALT(T(c_upd + CON_FOOT), H("<div>" + (c_upd + CON_FOOT).replace("\n", "<br>") + "</div>")),
    key="c_upd", irt="c_close", refs=["c_ack", "c_info", "c_close"], auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 044 Skill Builder receipt
msg(44, "044", L("unrelated"), addr("AWS Skill Builder", "no-reply@aws.training"), ME_P,
    "Your AWS Skill Builder Individual subscription receipt", d(3, 10, 12, 30),
    T("Thank you for subscribing to AWS Skill Builder Individual.\n\nOrder number: SB-8830192\nAmount: USD 29.00\n"
      "Billing period: Mar 10 - Apr 9, 2025\n\nManage your subscription in your AWS Skill Builder account.\n"),
    auth=auth_gmail("aws.training"))

# ---------------------------------------------------------------- 045 AWS Health
msg(45, "045", L("unrelated"), addr("Amazon Web Services", "no-reply-aws@amazon.com"), ME_P,
    "[Action Required] AWS Lambda Node.js 18 end of support [AWS Account: 551203984476]", d(3, 10, 13, 0),
    T("Hello,\n\nWe are contacting you because your AWS Account 551203984476 has Lambda functions using the Node.js 18 "
      "runtime, which reaches end of support on September 1, 2025. We recommend upgrading to Node.js 22.\n\n"
      "If you have questions, contact AWS Support.\n\nSincerely,\nAmazon Web Services\n", cte="quoted-printable"),
    auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 046 suspicious Credly lookalike
msg(46, "046", L("suspicious"), addr("Credly Badges", "notify@credly-badges.net"), ME_P,
    "Your AWS badges were revoked after the account merge - restore now", d(3, 10, 15, 12),
    H("<p>Hello,</p><p>Following the recent merge of your AWS Certification accounts, 3 badges were revoked. Restore "
      "them within 48 hours by confirming your login.</p><p><a href=\"http://credly-badges.net/restore\">Restore badges</a></p>"),
    auth=auth_gmail("credly-badges.net"))

# ---------------------------------------------------------------- 047 user_reply J: reopening an old case (JP)
msg(47, "047", L("user_reply", case=CJ, ids=["AWS10293847", "AWS22873019"]), addr("神崎 亮", ME_P), TC, "Re: " + S_J,
    d(3, 11, 9, 10),
    T(("ご担当者様\n\n2021年にこちらのケースでCredlyのバッジの件を対応いただいた神崎です。\n"
       "先日別ケースで会社アカウントとの統合は完了したのですが、Credlyを確認したところ、同じメールアドレス(%s)で\n"
       "もう一つ認定アカウントができてしまっているようです。\n\n"
       "・メインのアカウント: AWS10293847\n・意図せず作成されたアカウント: AWS22873019\n\n"
       "こちらもメインのアカウントに統合していただけますと幸いです。\n\n神崎\n\n"
       "2021年6月3日(木) 14:02 <%s>:\n> Hello,\n>\n> The Credly badge issue has been fixed and the case is now resolved.\n"
       "> If you need anything else, reply to this email.\n") % (ME_P, TC)),
    key="j_rep1", mid_dom="mail.gmail.com")

# ---------------------------------------------------------------- 048 case_update J (ISO-2022-JP)
msg(48, "048", L("case_update", case=CJ), addr("AWS トレーニングと認定", TC, "iso-2022-jp"), ME_P, S_J, d(3, 11, 15, 20),
    T(("神崎 様\n\nご連絡ありがとうございます。ケース %s を再開いたしました。\n"
       "頂戴した情報をもとに、担当チームにて2つのアカウントの状況を確認しております。\n"
       "進展がございましたら、改めてご連絡いたします。\n\n"
       "なお、その他ご不明な点がございましたら、本メールにご返信ください。\n\nAWS トレーニングと認定 サポート 山本\n") % CJ,
      cs="iso-2022-jp", cte="7bit"),
    key="j_upd", irt="j_rep1", refs=["j_rep1"], auth=auth_gmail("amazon.com"), scs="iso-2022-jp")

# ---------------------------------------------------------------- 049 connpass JP
msg(49, "049", L("unrelated"), addr("connpass", "no-reply@connpass.com"), ME_P,
    "JAWS-UG 東京 勉強会 #58 への参加登録が完了しました", d(3, 11, 19, 40),
    T("神崎 亮 さん\n\nJAWS-UG 東京 勉強会 #58「認定資格と転職」への参加登録が完了しました。\n"
      "受付番号: 7720412\n日時: 2025/03/27(木) 19:00〜\n\nキャンセルする場合はイベントページから手続きしてください。\n",
      cte="quoted-printable"),
    auth=auth_gmail("connpass.com"))

# ---------------------------------------------------------------- 050 info_request J (keigo, buried)
msg(50, "050", L("info_request", True, CJ), addr("AWS トレーニングと認定", TC, "iso-2022-jp"), ME_P, S_J, d(3, 12, 10, 5),
    ALT(T(("神崎 様\n\nいつもお世話になっております。AWS トレーニングと認定サポートの山本でございます。\n\n"
           "お問い合わせいただいた2つのアカウントについて確認いたしました。以前の「Amazon アカウントでサインイン」方式の"
           "終了時に、AWS Builder ID で改めてサインインされた際、既存のアカウントと紐付かず新しい認定アカウントが"
           "作成されたものと思われます。同じメールアドレスのアカウントが複数あると、Credly 上でバッジが正しく表示されない"
           "ことがございます。\n\n"
           "統合作業の前に、ご本人様確認が必要となります。お手数ではございますが、各アカウントにご登録のお名前"
           "(ローマ字表記)と、最後に受験された試験名および受験日をお知らせいただけますでしょうか。\n\n"
           "何卒よろしくお願い申し上げます。\n\n山本\nAWS トレーニングと認定 サポート\n"), cs="iso-2022-jp", cte="7bit"),
        H(("<p>神崎 様</p><p>いつもお世話になっております。AWS トレーニングと認定サポートの山本でございます。</p>"
           "<p>お問い合わせいただいた2つのアカウントについて確認いたしました。以前の「Amazon アカウントでサインイン」方式の"
           "終了時に、AWS Builder ID で改めてサインインされた際、既存のアカウントと紐付かず新しい認定アカウントが"
           "作成されたものと思われます。</p><p>統合作業の前に、ご本人様確認が必要となります。お手数ではございますが、"
           "各アカウントにご登録のお名前(ローマ字表記)と、最後に受験された試験名および受験日をお知らせいただけますでしょうか。</p>"
           "<p>何卒よろしくお願い申し上げます。</p>"), cs="utf-8", cte="base64")),
    key="j_info", irt="j_upd", refs=["j_rep1", "j_upd"], auth=auth_gmail("amazon.com"), scs="iso-2022-jp")

# ---------------------------------------------------------------- 051 suspicious JP phishing
msg(51, "051", L("suspicious"), addr("AWS 認定サポート", "no-reply@aws-training-jp.com"), ME_P,
    "【重要】AWS認定アカウントの統合手続きが保留されています", d(3, 12, 12, 48),
    T("お客様\n\nAWS認定アカウントの統合手続きが本人確認未完了のため保留されています。\n"
      "24時間以内に下記URLよりログインし、手続きを完了してください。期限を過ぎると認定資格が失効します。\n\n"
      "https://aws-training-jp.com/merge/login\n\nAWS トレーニングと認定\n", cte="base64"),
    auth=auth_gmail("aws-training-jp.com"))

# ---------------------------------------------------------------- 052 user_reply J (JP reply header)
msg(52, "052", L("user_reply", case=CJ, ids=["AWS10293847", "AWS22873019"]), addr("神崎 亮", ME_P), TC, "Re: " + S_J, d(3, 12, 21, 15),
    T(("山本様\n\nご確認ありがとうございます。\n\n・AWS10293847: Ryo Kanzaki / 最終受験 AWS Certified Developer - Associate (2022年6月7日)\n"
       "・AWS22873019: KANZAKI RYO / 受験履歴なし\n\nよろしくお願いいたします。\n神崎\n\n"
       "2025年3月12日(水) 10:05 AWS トレーニングと認定 <%s>:\n> 神崎 様\n>\n> 統合作業の前に、ご本人様確認が必要となります。"
       "お手数ではございますが、\n> 各アカウントにご登録のお名前(ローマ字表記)と、最後に受験された試験名および受験日を\n"
       "> お知らせいただけますでしょうか。\n") % TC, cte="quoted-printable"),
    key="j_rep2", irt="j_info", refs=["j_rep1", "j_upd", "j_info"], mid_dom="mail.gmail.com")

# ---------------------------------------------------------------- 053 confirmation_request J (JP plain ください)
msg(53, "053", L("confirmation_request", True, CJ, ["AWS10293847", "AWS22873019"]),
    addr("AWS トレーニングと認定", TC, "iso-2022-jp"), ME_P, S_J, d(3, 13, 16, 30),
    T("神崎 様\n\nご本人様確認が取れました。以下の2アカウントを統合いたします。\n\n"
      "アカウント #1\n  候補ID: AWS10293847\n  ログインメール: %s\n"
      "アカウント #2\n  候補ID: AWS22873019\n  ログインメール: %s\n\n"
      "アカウント #1 を残し、アカウント #2 の情報を統合する形でよろしいでしょうか。問題なければその旨ご返信ください。\n\n"
      "山本\n" % (ME_P, ME_P), cs="iso-2022-jp", cte="7bit"),
    key="j_conf", irt="j_rep2", refs=["j_rep1", "j_info", "j_rep2"], auth=auth_gmail("amazon.com"), scs="iso-2022-jp")

# ---------------------------------------------------------------- 054 marketing EN
msg(54, "054", L("unrelated"), addr("AWS Training and Certification", "aws-marketing-email-replies@amazon.com"), ME_P,
    "Take your next AWS Certification exam - new exam prep plans are live", d(3, 14, 2, 0, UTC),
    ALT(T("Ready for your next certification?\n\nNew four-week exam prep plans are available in AWS Skill Builder for "
          "Associate and Professional exams.\n\nGet started today.\n\nTo unsubscribe, reply with UNSUBSCRIBE in the subject "
          "line or use the preference center.\n", cte="quoted-printable"),
        H("<table width=\"600\"><tr><td><h1>Ready for your next certification?</h1><p>New four-week exam prep plans are "
          "available in AWS Skill Builder.</p><p><a href=\"https://skillbuilder.aws/\">Get started</a></p>"
          "<p style=\"font-size:9px\">To unsubscribe, reply with UNSUBSCRIBE in the subject line.</p></td></tr></table>")),
    auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 055 closing_notice J (JP)
msg(55, "055", L("closing_notice", True, CJ), addr("AWS トレーニングと認定", TC, "iso-2022-jp"), ME_P, "RE: [CASE %s] %s" % (CJ, SUBJ_TC),
    d(3, 17, 10, 0),
    T("神崎 様\n\n3月13日にお送りした統合内容のご確認につきまして、まだご返信をいただけておりません。\n"
      "本日より3営業日以内にご連絡がない場合、本ケースはクローズとさせていただきます。\n"
      "本メールへご返信いただければ、引き続き対応いたします。\n\n山本\nAWS トレーニングと認定 サポート\n",
      cs="iso-2022-jp", cte="7bit"),
    key="j_close", irt="j_conf", refs=["j_rep1", "j_conf"], auth=auth_gmail("amazon.com"), scs="iso-2022-jp", crlf=True)

# ---------------------------------------------------------------- 056 user_reply J confirm
msg(56, "056", L("user_reply", case=CJ), addr("神崎 亮", ME_P), TC, "Re: RE: [CASE %s] %s" % (CJ, SUBJ_TC), d(3, 17, 12, 44),
    T("山本様\n\n返信が遅くなり申し訳ありません。\n内容に問題ありません。アカウント#1に統合してください。\n\n神崎\n\n"
      "2025年3月17日(月) 10:00 AWS トレーニングと認定 <%s>:\n> 3月13日にお送りした統合内容のご確認につきまして、まだご返信をいただけておりません。\n"
      "> 本メールへご返信いただければ、引き続き対応いたします。\n" % TC),
    key="j_rep3", irt="j_close", refs=["j_rep1", "j_conf", "j_close"], mid_dom="mail.gmail.com")

# ---------------------------------------------------------------- 057 resolved J (Shift_JIS, survey footer, quoted ask)
msg(57, "057", L("resolved", case=CJ, ids=["AWS22873019", "AWS10293847"]), addr("AWS トレーニングと認定", TC, "shift_jis"), ME_P, S_J, d(3, 17, 17, 55),
    T(("神崎 様\n\nお待たせいたしました。アカウント #2 (AWS22873019) をアカウント #1 (AWS10293847) へ統合いたしました。\n"
       "Credly への反映には最大48時間ほどかかる場合がございます。\n"
       "本件につきまして、お客様に追加でご対応いただくことはございません。\n\n山本\n\n"
       "----------\n今回のサポートはいかがでしたか。以下のリンクから評価をお願いいたします。\nhttps://survey.aws.amazon.com/tc?case=%s\n"
       "----------\n\n> アカウント #1 を残し、アカウント #2 の情報を統合する形でよろしいでしょうか。\n"
       "> 問題なければその旨ご返信ください。\n") % CJ, cs="shift_jis", cte="quoted-printable"),
    key="j_done", irt="j_rep3", refs=["j_rep1", "j_conf", "j_rep3"], auth=auth_gmail("amazon.com"), scs="shift_jis")

# ---------------------------------------------------------------- 058 Credly badge #3
msg(58, "058", L("badge"), addr("Credly", "admin@credly.com"), ME_P,
    "Your badges from Amazon Web Services Training and Certification are now visible", d(3, 18, 9, 3),
    T("Hi Ryo,\n\nYour Credly profile has been updated. The following badges issued by Amazon Web Services Training and "
      "Certification are now on your profile:\n\n- AWS Certified Solutions Architect - Associate\n"
      "- AWS Certified Developer - Associate\n- AWS Certified Cloud Practitioner\n\nView profile: https://www.credly.com/users/ryo-kanzaki\n"),
    auth=auth_gmail("credly.com"))

# ---------------------------------------------------------------- 059 console resolved C w/ survey footer
c_done = ("Hello,\n\nGood news: the benefits team has moved the 50% exam discount voucher to your current certification "
    "account; it now shows under Benefits. With that, I'm marking this case as resolved. No further action is needed on "
    "your part.\n\nElena R.\nAmazon Web Services")
msg(59, "059", L("resolved", case=CC_), CONN, ME_P, S_C, d(3, 18, 3, 12, UTC),
    ALT(T(c_done + CON_FOOT, cte="quoted-printable"), H("<div>" + (c_done + CON_FOOT).replace("\n", "<br>") + "</div>")),
    key="c_done", irt="c_upd", refs=["c_ack", "c_upd"], auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 060 console survey
msg(60, "060", L("survey", case=CC_), CONN, ME_P, "Amazon Web Services: Tell us about your support experience - case " + CC_,
    d(3, 19, 3, 0, UTC),
    T(("Hello,\n\nYour support case %s was recently resolved. Please take a minute to rate the support you received.\n\n"
       "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en&survey=1\n\n"
       "This e-mail address is used for outgoing notifications only and cannot accept incoming e-mails.\n") % (CC_, CC_)),
    auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 061 suspicious console dmarc fail
msg(61, "061", L("suspicious"), CONN, ME_C, "Amazon Web Services: Your support case will be closed", d(3, 19, 13, 45),
    T("Hello,\n\nYour support case requires verification of the payment method on file. Sign in within 24 hours to avoid "
      "suspension of your AWS account.\n\nhttps://console-aws.support-verify.com/signin\n\nAmazon Web Services\n"),
    auth=auth_m365("amazon.com", ok=False), crlf=True)

# ---------------------------------------------------------------- 062 user_reply M: reopen on resolved case
msg(62, "062", L("user_reply", case=CM), addr("Ryo Kanzaki", ME_P), TC, "Re: " + S_M, d(3, 20, 9, 2),
    T(("Hi Keiko,\n\nSorry to come back on this one. My AWS Certified Security - Specialty exam result from 2023 is missing "
       "from the exam history on Account #1, although it was on the company account. Could you take a look?\n\nRyo\n\n"
       "On Fri, Mar 7, 2025 at 2:26 PM Amazon Web Services Training and Certification <%s> wrote:\n"
       "> Hello Ryo,\n>\n> I have successfully merged all accounts. Account #1 (%s) now holds your exam history ...\n"
       ">\n> If something looks off, feel free to reply to this email.\n") % (TC, ME_P), cte="quoted-printable"),
    key="m_rep5", irt="m_done", refs=["m_ack", "m_done"], mid_dom="mail.gmail.com")

# ---------------------------------------------------------------- 063 case_update M reopened
msg(63, "063", L("case_update", case=CM), TCN, ME_P, S_M2, d(3, 20, 13, 37),
    T("Hello Ryo,\n\nI've reopened case %s and passed the missing exam record to our records team. A result occasionally "
      "stays behind when the source account had an older profile version. I'll be in touch once they've had a look.\n\n"
      "Keiko S.\n" % CM),
    key="m_upd2", irt="m_rep5", refs=["m_ack", "m_done", "m_rep5"], auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 064 certification recert congrats
msg(64, "064", L("certification"), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Congratulations on recertifying your AWS Certification!", d(3, 21, 6, 0),
    ALT(T("Hello Ryo,\n\nYour AWS Certified Solutions Architect - Associate has been renewed and is now valid through "
          "March 2028. Your digital badge will be updated on Credly.\n\nTell us what you think of the recertification "
          "process: https://www.certmetrics.com/amazon/feedback\n\nAWS Certification\n"),
        H("<p>Hello Ryo,</p><p>Your AWS Certified Solutions Architect - Associate has been renewed and is now valid through "
          "March 2028.</p><p><a href=\"https://www.certmetrics.com/amazon/feedback\">Tell us what you think</a></p>")),
    auth=auth_gmail("certmetrics.com"))

# ---------------------------------------------------------------- 065 info_request M mixed news+ask (HTML mp, top-posted over history)
mix_txt = ("Hello Ryo,\n\nThe records team found the Security - Specialty result: it was stored under an earlier "
    "registration on the company profile and has now been attached to Account #1, so it shows in your exam history "
    "again. The matching badge is being reissued.\n\nThere's one loose end on their side. That earlier registration "
    "also lists an exam appointment on April 10 (Pearson VUE registration 418273645). Was that booked by you, or by "
    "someone at Hoshizora? Depending on the answer they either move it to your account or cancel it.\n\n"
    "Keiko S.\nAWS Training and Certification\n\n-----Original Message-----\nFrom: Ryo Kanzaki <%s>\n"
    "Sent: 3/20/2025 9:02 AM\nSubject: Re: %s\n\nMy AWS Certified Security - Specialty exam result from 2023 is missing "
    "from the exam history on Account #1. Could you take a look?\n") % (ME_P, S_M)
msg(65, "065", L("info_request", True, CM), TCN, ME_P, S_M, d(3, 24, 11, 20),
    ALT(T(mix_txt, cte="quoted-printable"),
        H("<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in mix_txt.split("\n\n")) + "</body></html>")),
    key="m_info3", irt="m_upd2", refs=["m_ack", "m_rep5", "m_upd2"], auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 066 user_reply M answer
msg(66, "066", L("user_reply", case=CM), addr("Ryo Kanzaki", ME_P), TC, "Re: " + S_M, d(3, 24, 12, 5),
    T(("I booked it myself (paid with my own card) - please move it to my account.\n\nThanks!\nRyo\n\n"
       "On Mon, Mar 24, 2025 at 11:20 AM Amazon Web Services Training and Certification <%s> wrote:\n"
       "> Was that booked by you, or by someone at Hoshizora?\n") % TC),
    key="m_rep6", irt="m_info3", refs=["m_ack", "m_upd2", "m_info3"], mid_dom="mail.gmail.com")

# ---------------------------------------------------------------- 067 Pearson VUE reschedule notice
msg(67, "067", L("unrelated"), addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME_P,
    "Your appointment details have changed", d(3, 25, 8, 40),
    T("Dear Ryo Kanzaki,\n\nThe candidate profile linked to registration 418273645 has been updated. Your appointment on "
      "April 10, 2025 10:00 JST is unchanged.\n\nPearson VUE\n", cte="quoted-printable"),
    auth=auth_gmail("pearson.com"))

# ---------------------------------------------------------------- 068 resolved M final
msg(68, "068", L("resolved", case=CM), TCN, ME_P, S_M2, d(3, 25, 10, 10),
    T(("Hi Ryo,\n\nAll done - the April 10 appointment is now under Account #1 and the Security - Specialty badge has been "
       "reissued. Everything from the company profile is on your personal account, so I'll set this case to resolved. "
       "There's nothing more you need to do.\n\nShould anything else come up, reply here within 14 days and the case will "
       "reopen automatically.\n\nKeiko S.\nAWS Training and Certification\n\n"
       "On 3/24/2025 11:20 AM, Keiko S. wrote:\n> Was that booked by you, or by someone at Hoshizora? Depending on the "
       "answer they either move it to your account or cancel it.\n")),
    key="m_done2", irt="m_rep6", refs=["m_ack", "m_info3", "m_rep6"], auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 069 Credly badge #4 (reissued)
msg(69, "069", L("badge"), addr("Credly", "admin@credly.com"), ME_P,
    "Amazon Web Services Training and Certification sent you a new badge", d(3, 25, 10, 31),
    ALT(T("Ryo, you've earned a badge!\n\nAWS Certified Security - Specialty\nIssued by Amazon Web Services Training and "
          "Certification\n\nAccept your badge on Credly.\n", cte="quoted-printable"),
        H("<h2>Ryo, you've earned a badge!</h2><p>AWS Certified Security - Specialty</p><p>Issued by Amazon Web Services "
          "Training and Certification</p>")),
    auth=auth_gmail("credly.com"))

# ---------------------------------------------------------------- 070 survey M (JP)
msg(70, "070", L("survey", case=CM), addr("AWS トレーニングと認定", "aws-tc-survey@amazon.com"), ME_P,
    "サポートに関するアンケートのお願い(ケース %s)" % CM, d(3, 26, 9, 0),
    H(("<html><body><p>お客様</p><p>先日解決済みとなったケース %s について、サポートの満足度アンケートにご協力いただけますでしょうか。"
       "所要時間は1分程度です。</p><p><a href=\"https://survey.aws.amazon.com/tc?case=%s&amp;lang=ja\">アンケートに回答する</a></p>"
       "<p>本メールは送信専用のため、ご返信いただいてもお答えできません。</p></body></html>") % (CM, CM), cte="base64"),
    auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 071 re:Post answer notification
msg(71, "071", L("unrelated"), addr("AWS re:Post", "no-reply@repost.aws"), ME_P,
    "New answer on your question: Merged certification accounts - benefits missing?", d(3, 26, 14, 12),
    T("Hi ryo-k,\n\nAn expert answered your question \"Merged certification accounts - benefits missing?\":\n\n"
      "\"Benefits move with the merge but can take a day to appear. If they don't, open a case with AWS Training and "
      "Certification and include your candidate IDs.\"\n\nAccept the answer if it solved your problem.\n"),
    auth=auth_gmail("repost.aws"))

# ---------------------------------------------------------------- 072 forwarded Partner Central notice (third party)
msg(72, "072", L("unrelated"), addr("森野 拓也", "t-morino@hoshizora-tech.co.jp"), ME_P,
    "Fwd: AWS Partner Central: user association removed", d(3, 27, 10, 2),
    T(("神崎さん\n\n退職後の件で念のため共有です。パートナー側の紐付け解除が完了していました。お疲れさまでした。\n森野\n\n"
       "---------- Forwarded message ---------\nFrom: AWS Partner Central <no-reply@partnercentral.awspartner.com>\n"
       "Date: Mon, Mar 3, 2025 at 3:50 PM\nSubject: AWS Partner Central: user association removed\n\n"
       "The certification profile AWS04417730 is no longer associated with Hoshizora Technologies K.K. "
       "(related to case %s). No action is required.\n") % CM, cte="base64"),
    auth=auth_gmail("hoshizora-tech.co.jp"))

# ---------------------------------------------------------------- 073 certification (JP via certmetrics)
msg(73, "073", L("certification", ids=["AWS10293847"]), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "AWS認定: 認定のメール通知先が変更されました", d(3, 27, 18, 0),
    T("神崎 亮 様 (AWS10293847)\n\nAWS 認定アカウントの認定通知メールアドレスが %s に変更されました。\n"
      "この変更に心当たりがない場合は、AWS トレーニングと認定にお問い合わせください。\n\nAWS 認定\n" % ME_P,
      cte="quoted-printable"),
    auth=auth_gmail("certmetrics.com"))

# ---------------------------------------------------------------- 074 suspicious: fake Account #1/#2 request, lookalike
msg(74, "074", L("suspicious"), addr("AWS Training and Certification", "aws-cs-trainingcertification-form@amazon-certsupport.com"),
    ME_P, "RE:[CASE 174301882200914] [AWS Training and Certification Form Submission] - account-assistance", d(3, 28, 8, 15),
    T("Hello,\n\nPlease confirm which account to keep by signing in below.\n\nAccount #1\nLogin email: %s\n"
      "Account #2\nLogin email: %s\n\nhttps://amazon-certsupport.com/case/confirm\n" % (ME_P, ME_C)),
    auth=auth_gmail("amazon-certsupport.com"))

# ---------------------------------------------------------------- 075 unrelated: AWS Educate style other-program? -> billing JP
msg(75, "075", L("unrelated"), addr("Amazon Web Services", "aws-billing@amazon.com"), ME_P,
    "AWS 請求書のお知らせ [アカウント: 551203984476]", d(3, 28, 9, 0),
    T("AWS をご利用いただきありがとうございます。\n\nアカウント 551203984476 の2025年3月分の請求書が発行されました。\n"
      "ご請求金額: USD 3.12\n\n詳細は請求とコスト管理コンソールでご確認ください。\n", cte="base64"),
    auth=auth_gmail("amazon.com"))

def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml") or (f.endswith(".json")):
            os.remove(os.path.join(OUT, f))
    for num, slug, data, label in ALL:
        with open(os.path.join(OUT, slug + ".eml"), "wb") as fh: fh.write(data)
        with open(os.path.join(OUT, slug + ".json"), "w") as fh: json.dump(label, fh, ensure_ascii=False); fh.write("\n")
    print("wrote", len(ALL), "messages")

if __name__ == "__main__":
    main()
