#!/usr/bin/env python3
"""Generate the blind-10 held-out corpus (standard library only).
Writes NNN-slug.eml + NNN-slug.json into the directory of this script."""
import os, json, hashlib, base64, quopri
from email.header import Header
from email.charset import Charset, QP, BASE64
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.message import Message
from email import policy as _pol

OUT = os.path.dirname(os.path.abspath(__file__))
ME_P = "daichi.morikawa88@gmail.com"
ME_C = "d.morikawa@kitanami-sys.co.jp"
ME_P_H = "Daichi Morikawa <%s>" % ME_P
ME_C_H = "=?ISO-2022-JP?B?GyRCPzlAbiEhQmdDTxsoQg==?= <%s>" % ME_C  # 森川 大地
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_H = "AWS Training and Certification <%s>" % TC
CON = "Amazon Web Services <no-reply-aws@amazon.com>"

CASE_A = "17293846501"        # duplicate personal accounts (11 digits)
CASE_B = "174407788120356"    # duplicate form submission of A (15)
CASE_C = "174401556201934"    # company(APN) -> personal (15)
CASE_D = "14829305716"        # console case (11)
CASE_E = "5918273640"         # 2021 case reopened (10)
CASE_F = "13950274816"        # training transcripts (11)
CASE_G = "175073640218847"    # re-created APN account (15)

def tc_subj(case, re="RE:[CASE"):
    return "%s %s] [AWS Training and Certification Form Submission] - account-assistance" % (re, case)

ROWS = []      # (num, slug, kind, needs_reply, case, note)
MIDS = {}      # num -> Message-ID
_n = [0]

def mid(tag, dom="email.amazonses.com"):
    h = hashlib.sha1(tag.encode()).hexdigest()
    return "<%s-%s-000000@%s>" % (h[:16], h[16:28], dom)

def enc_subj(s, cs="utf-8"):
    try:
        s.encode("ascii"); return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()

def auth_line(frm_addr, to_addr, result="pass", dkim=None, spf=None):
    dom = frm_addr.split("@")[1].rstrip(">")
    dk = dkim or result; sp = spf or result; dm = result
    if to_addr.endswith("gmail.com"):
        return ("mx.google.com;\r\n       dkim=%s header.i=@%s header.s=s%s header.b=Xq3k9aB1;\r\n"
                "       spf=%s (google.com: domain of bounce@%s designates 54.240.8.%d as permitted sender) smtp.mailfrom=%s;\r\n"
                "       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=%s) header.from=%s"
                % (dk, dom, "224i4hjr", sp, dom, len(dom) + 10, dom, dm,
                   "NONE" if dm == "pass" else "QUARANTINE", dom)).replace(";\r\n       ", "; ")
    return ("spf=%s (sender IP is 54.240.27.%d) smtp.mailfrom=%s; dkim=%s (signature was verified)"
            " header.d=%s;dmarc=%s action=%s header.from=%s;compauth=%s reason=%s"
            % (sp, len(dom), dom, dk, dom, dm, "none" if dm == "pass" else "quarantine", dom,
               "pass" if dm == "pass" else "fail", "100" if dm == "pass" else "000"))

def text_part(body, cs="utf-8", cte=None, sub="plain"):
    if cs.lower() in ("iso-2022-jp",):
        return MIMEText(body, sub, "iso-2022-jp")
    if cs.lower() in ("shift_jis", "sjis"):
        p = MIMEText("", sub, "us-ascii")
        del p["Content-Transfer-Encoding"]; p.set_param("charset", "Shift_JIS")
        raw = body.encode("shift_jis")
        if cte == "8bit":
            p["Content-Transfer-Encoding"] = "8bit"
            p.set_payload(raw.decode("ascii", "surrogateescape"))
        else:
            p["Content-Transfer-Encoding"] = "base64"
            p.set_payload(base64.encodebytes(raw).decode("ascii"))
        return p
    c = Charset("utf-8")
    if cte == "qp":
        c.body_encoding = QP
        return MIMEText(body, sub, c)
    if cte == "b64":
        c.body_encoding = BASE64
        return MIMEText(body, sub, c)
    if cte == "8bit":
        p = MIMEText("", sub, "us-ascii")
        del p["Content-Transfer-Encoding"]; p.set_param("charset", "UTF-8")
        p["Content-Transfer-Encoding"] = "8bit"
        p.set_payload(body.encode("utf-8").decode("ascii", "surrogateescape"))
        return p
    # default: 7bit if ascii, else base64
    try:
        body.encode("ascii")
        return MIMEText(body, sub, "us-ascii")
    except UnicodeEncodeError:
        c.body_encoding = BASE64
        return MIMEText(body, sub, c)

def build(frm, to, subj, date, text=None, html=None, cs="utf-8", cte=None, hcte=None,
          cc=None, reply_to=None, irt=None, refs=None, auth="pass", dkim=None, spf=None,
          mid_dom="email.amazonses.com", extra=None, subj_cs=None, tag=None):
    if text is not None and html is not None:
        m = MIMEMultipart("alternative")
        m.attach(text_part(text, cs, cte))
        m.attach(text_part(html, cs, hcte or cte, "html"))
    elif html is not None:
        m = text_part(html, cs, hcte or cte, "html")
    else:
        m = text_part(text, cs, cte)
    to_addr = to.split("<")[-1].rstrip(">")
    frm_addr = frm.split("<")[-1].rstrip(">")
    hdrs = []
    if auth:
        hdrs.append(("Authentication-Results", auth_line(frm_addr, to_addr, auth, dkim, spf)))
    hdrs += [("From", frm), ("To", to)]
    if cc: hdrs.append(("Cc", cc))
    if reply_to: hdrs.append(("Reply-To", reply_to))
    hdrs.append(("Subject", enc_subj(subj, subj_cs or ("iso-2022-jp" if cs.lower() == "iso-2022-jp" else "utf-8"))))
    hdrs.append(("Date", date))
    hdrs.append(("Message-ID", mid(tag or (subj + date), mid_dom)))
    if irt:
        hdrs.append(("In-Reply-To", irt))
        hdrs.append(("References", refs or irt))
    for k, v in (extra or []):
        hdrs.append((k, v))
    # put our headers in front of MIME headers
    mime = [(k, v) for k, v in m.items()]
    for k in list(m.keys()):
        del m[k]
    if "MIME-Version" not in [k for k, _ in mime]:
        hdrs.append(("MIME-Version", "1.0"))
    for k, v in hdrs + mime:
        if k in ("From", "To", "Cc", "Reply-To"):
            try:
                v.encode("ascii")
            except UnicodeEncodeError:
                import email.utils as eu
                nm, ad = eu.parseaddr(v)
                v = eu.formataddr((nm, ad), charset="iso-2022-jp" if cs.lower() == "iso-2022-jp" else "utf-8")
        m[k] = v
    return m

def emit(slug, kind, nr, case, cids, note, m, crlf=False):
    _n[0] += 1
    n = _n[0]
    name = "%03d-%s" % (n, slug)
    data = m.as_bytes(policy=_pol.compat32.clone(linesep="\r\n" if crlf else "\n", max_line_length=998))
    with open(os.path.join(OUT, name + ".eml"), "wb") as f:
        f.write(data)
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
        json.dump({"kind": kind, "needs_reply": nr, "case": case, "candidate_ids": cids}, f, ensure_ascii=False)
        f.write("\n")
    MIDS[n] = m["Message-ID"]
    ROWS.append((n, name, kind, nr, case, note))
    return m["Message-ID"]

def refs(*mids):
    return " ".join(x for x in mids if x)

def gq(date_line, who, body):
    """Gmail-style quote."""
    return "\n\nOn %s %s wrote:\n" % (date_line, who) + "\n".join("> " + l if l else ">" for l in body.split("\n"))

def oq(frm, sent, to, subj, body):
    """Outlook-style quote (no > prefix)."""
    return ("\n\n-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s" % (frm, sent, to, subj, body))

def jq(frm, sent, to, subj, body):
    """Japanese Outlook quote header."""
    return ("\n\n差出人: %s\n送信日時: %s\n宛先: %s\n件名: %s\n\n%s" % (frm, sent, to, subj, body))

CON_FOOT = ("\n\nTo contact us again about this case, please return to the Support Center using the following URL:\n\n"
            "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
            "*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n"
            "To respond to this case, please follow the link above to respond from your AWS Support Center.\n")
CON_FEEDBACK = ("\n\nWe value your feedback. Please share your experience by rating this correspondence using the "
                "AWS Support Center link at the end of this correspondence. Each correspondence can also be rated "
                "by selecting the stars in top right corner of each correspondence within the AWS Support Center.\n\n"
                "Best regards,\nAmazon Web Services\n")

# ---------------------------------------------------------------- batch 1
def batch1():
    # 001 billing
    html = ("<html><body><p>Greetings from Amazon Web Services,</p><p>This e-mail confirms that your latest billing statement "
            "is available on the AWS web site. Your account will be charged the following:</p>"
            "<table border=1><tr><td>Account ID</td><td>418295730164</td></tr><tr><td>Billing period</td><td>April 1 - April 30, 2025</td></tr>"
            "<tr><td>Total</td><td>USD 3.42</td></tr></table><p>Please see the Bills page for details. "
            "If you have questions about your bill, please contact AWS Customer Service.</p></body></html>")
    text = ("Greetings from Amazon Web Services,\n\nThis e-mail confirms that your latest billing statement is available on the AWS web site.\n"
            "[AWS ID 418295730164]\nBilling period: April 1 - April 30, 2025\nTotal: USD 3.42\n\n"
            "Please see the Bills page for details. If you have questions about your bill, please contact AWS Customer Service.\n")
    emit("acct418-statement", "unrelated", False, None, [],
         "AWS billing statement; 12-digit account ID that is not a case number; 'please contact' line",
         build("Amazon Web Services <aws-billing@amazon.com>", ME_P, "Amazon Web Services Billing Statement Available [Account: 418295730164]",
               "Wed, 07 May 2025 03:12:40 +0000", text=text, html=html, cte="qp", tag="001"))
    # 002 builder id code
    emit("signin-code-a", "unrelated", False, None, [],
         "Builder ID verification code (6 digits), not case mail",
         build("AWS Builder ID <no-reply@signin.aws>", ME_P, "Verify your AWS Builder ID email address",
               "Thu, 08 May 2025 00:41:09 +0000",
               text="Hello,\n\nTo finish creating your AWS Builder ID, enter this verification code:\n\n481920\n\n"
                    "This code expires in 30 minutes. If you did not request this, ignore this email.\n\nAWS Builder ID team\n",
               tag="002"))
    # 003 ack C (Japanese, ISO-2022-JP, to company address)
    body = ("森川 大地 様\n\nアマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。\n"
            "ケース %s を作成いたしました。ケースの詳細は以下のとおりです。\n\n"
            "ケース ID: %s\n件名: アカウントの統合\nお問い合わせタイプ: AWS トレーニングと認定\n"
            "その他の詳細: アカウントの統合\n\nお問い合わせ内容:\nUse Case: I am leaving Kitanami Systems at the end of this month and would like to merge my accounts.\n"
            "All email addresses you may have used in our system: d.morikawa@kitanami-sys.co.jp, daichi.morikawa88@gmail.com\n"
            "The email address you would like to keep on file: daichi.morikawa88@gmail.com\n\n"
            "担当者より通常24時間以内にご連絡いたします。\n"
            "すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。\n"
            "本件について追加の情報がございましたら、このメールにご返信ください。\n\n"
            "AWS トレーニングと認定 カスタマーサービス\n") % (CASE_C, CASE_C)
    emit("caseC-mail1", "acknowledgement", False, CASE_C, [],
         "Japanese ack in ISO-2022-JP to the company address; conditional 〜がございましたら…ご返信ください is not a request",
         build(TC_H, ME_C, tc_subj(CASE_C, "RE: [CASE"), "Thu, 08 May 2025 01:05:33 +0000", text=body,
               cs="iso-2022-jp", tag="003"))
    # 004 Pearson VUE
    emit("vue-confirm", "unrelated", False, None, [],
         "exam vendor confirmation; 9-digit registration ID; 'reply' wording about rescheduling",
         build("Pearson VUE <pearsonvuecustomerservice@pearson.com>", ME_P,
               "Confirmation of your AWS Certified Solutions Architect - Professional exam",
               "Thu, 08 May 2025 06:20:00 +0000",
               text=("Dear Daichi Morikawa,\n\nThank you for scheduling your exam with Pearson VUE.\n\n"
                     "Registration ID: 412883905\nExam: SAP-C02 AWS Certified Solutions Architect - Professional\n"
                     "Date: Saturday, June 14, 2025 10:00 JST\nLocation: Online (OnVUE)\n\n"
                     "Need to reschedule? Sign in to your Pearson VUE account at least 24 hours before your appointment. "
                     "Do not reply to this message; this mailbox is not monitored.\n\nPearson VUE\n"), tag="004"))
    # 005 on_hold with buried ask (C)
    body = ("Hello Daichi,\n\nMy name is Tomasz and I'll be looking after your request to merge your certification accounts.\n\n"
            "While reviewing the two profiles I noticed that the account registered under d.morikawa@kitanami-sys.co.jp is "
            "associated with an AWS Partner Network (APN) organization, Kitanami Systems K.K. Certifications held on "
            "accounts linked to a partner organization count towards that partner's tier and program requirements, and for "
            "that reason our policy does not allow such an account to be merged into a personal account while the holder is "
            "still employed by the partner. I have therefore put the merge on hold for the time being.\n\n"
            "This is not unusual and it normally only adds a day or two. To move forward we need to know whether you are "
            "still employed by Kitanami Systems and, if you are leaving, your last working day. Once we have that, I can "
            "coordinate with our partner team.\n\n"
            "Kind regards,\nTomasz\nAWS Training and Certification Customer Service\n")
    m5 = emit("caseC-mail2", "on_hold", True, CASE_C, [],
         "APN hold; the ask ('we need to know whether you are still employed…') is buried in paragraph 3 with no 'please' or '?'",
         build(TC_H, ME_C, tc_subj(CASE_C), "Fri, 09 May 2025 02:47:18 +0000", text=body, tag="005"))
    MIDS["c5body"] = body
    # 006 user reply C from company Outlook (non-native English)
    ub = ("Hello Tomasz,\n\nThank you for your mail. I will leave Kitanami Systems at 30 May 2025 (last working day).\n"
          "This company address will not be available after 30 May, so please contact to my personal address "
          "daichi.morikawa88@gmail.com after that.\n\nBest regards,\nDaichi Morikawa")
    ub += oq("AWS Training and Certification <%s>" % TC, "Friday, May 9, 2025 11:47 AM", ME_C, tc_subj(CASE_C), body)
    emit("caseC-mail3", "user_reply", False, CASE_C, [],
         "owner's reply from the old company address, Outlook '-----Original Message-----' quoting the hold",
         build(ME_C_H, TC, tc_subj(CASE_C, "RE: RE:[CASE"), "Fri, 09 May 2025 04:02:51 +0000", text=ub, auth=None,
               irt=m5, mid_dom="TYCPR01MB8841.jpnprd01.prod.outlook.com", tag="006"))
    # 007 GitHub merged
    emit("gh-412", "unrelated", False, None, [],
         "GitHub 'merged' notification containing the word merge/account",
         build("Kenta Iwase <notifications@github.com>", ME_C, "Re: [kitanami/infra-modules] Add account merge module for IAM Identity Center (PR #412)",
               "Sat, 10 May 2025 08:13:02 +0000",
               text=("Merged #412 into main.\n\n--\nReply to this email directly, view it on GitHub:\n"
                     "https://github.com/kitanami/infra-modules/pull/412#event-17720034\n"
                     "You are receiving this because you were mentioned.\n"), tag="007"))
    # 008 on_hold no ask, Japanese Shift_JIS, cc personal
    body = ("森川様\n\nいつもお世話になっております。AWS トレーニングと認定 カスタマーサービスの佐藤でございます。\n\n"
            "ご退職日のご連絡をいただき、誠にありがとうございます。\n"
            "現在、旧アカウントが紐づいている AWS パートナーネットワーク(APN)企業の管理者様へ確認を行っております。"
            "管理者様からの回答が得られるまで、本ケースは保留とさせていただきます。\n\n"
            "現時点でお客様にご対応いただくことはございません。進展がございましたら、改めてご連絡いたします。\n\n"
            "何卒よろしくお願いいたします。\n\n佐藤\nAWS トレーニングと認定 カスタマーサービス\n")
    emit("caseC-mail4", "on_hold", False, CASE_C, [],
         "hold in Shift_JIS keigo that explicitly asks nothing (ご対応いただくことはございません); ends with よろしくお願いいたします",
         build(TC_H, ME_C, tc_subj(CASE_C), "Sat, 10 May 2025 09:30:00 +0000", text=body, cs="shift_jis", cc=ME_P, tag="008"))
    # 009 ack A
    body = ("Hello,\n\nThank you for contacting Amazon Web Services. We have opened case %s to address your inquiry.\n\n"
            "The details of your case are as follows:\n\nCase ID: %s\nSubject: Account Merge\nSeverity: General guidance\n"
            "Correspondence: I seem to have two certification accounts under the same address "
            "daichi.morikawa88@gmail.com and my new badges do not show up in Credly. Please merge them.\n\n"
            "We usually respond within 24 hours. Please do not open a duplicate case for the same request; it can delay our response.\n\n"
            "If you have additional information to add, you can simply reply to this email.\n\n"
            "Sincerely,\nAWS Training and Certification\n") % (CASE_A, CASE_A)
    emit("caseA-mail1", "acknowledgement", False, CASE_A, [],
         "English ack with 'Case ID:' and a conditional 'you can simply reply' invitation; 'Please merge them' is the owner's quoted form text",
         build(TC_H, ME_P, tc_subj(CASE_A), "Sun, 11 May 2025 13:22:07 +0000", text=body, tag="009"))
    # 010 JP newsletter 8bit
    emit("nl-techweekly", "unrelated", False, None, [],
         "Japanese newsletter (UTF-8 8bit) mentioning AWS認定 and asking readers to answer a survey",
         build("クラウド週報 <news@cloud-shuho.jp>", ME_P, "【クラウド週報 #218】AWS 認定アカウント統合の落とし穴ほか",
               "Sun, 11 May 2025 22:00:00 +0000",
               text=("━━━━━━━━━━━━━━━━━━━━\nクラウド週報 #218\n━━━━━━━━━━━━━━━━━━━━\n\n"
                     "■ 今週の注目記事\n・転職時の AWS 認定アカウント統合、APN 企業アカウントは要注意\n"
                     "・Credly バッジが表示されないときのチェックポイント\n\n"
                     "■ 読者アンケート\n今後取り上げてほしいテーマを、このメールにご返信ください。抽選で 5 名様にギフト券を進呈します。\n\n"
                     "配信停止はこちら: https://cloud-shuho.jp/unsubscribe\n"), cte="8bit", tag="010"))
    # 011 ack B (duplicate form)
    body = ("Hello,\n\nThank you for contacting Amazon Web Services. We have opened case %s to address your inquiry.\n\n"
            "The details of your case are as follows:\n\nCase ID: %s\nSubject: Account Merge\n"
            "Correspondence: Merge my two certification accounts (same email). Credly badges missing.\n\n"
            "We usually respond within 24 hours. If you have already opened a case, please do not open another case for the same request.\n\n"
            "Sincerely,\nAWS Training and Certification\n") % (CASE_B, CASE_B)
    emit("caseB-mail1", "acknowledgement", False, CASE_B, [],
         "second ack for the same request (duplicate form submission), 15-digit case number",
         build(TC_H, ME_P, tc_subj(CASE_B), "Mon, 12 May 2025 00:03:44 +0000", text=body, tag="011"))
    # 012 lookalike phishing
    html = ("<html><body><p>Dear Candidate,</p><p>Your certification account merge request <b>[CASE 17293846501]</b> "
            "is pending verification. To avoid losing your certifications, verify both accounts within 24 hours.</p>"
            "<p><a href='https://amazon-certsupport.com/verify?id=17293846501'>Verify my accounts</a></p>"
            "<p>AWS Training &amp; Certification Support</p></body></html>")
    emit("tc-verify-x", "suspicious", False, None, [],
         "lookalike domain amazon-certsupport.com quoting the real case number and asking for action",
         build("AWS Training & Certification <support@amazon-certsupport.com>", ME_P,
               "[CASE 17293846501] Action required: verify your accounts before merge",
               "Mon, 12 May 2025 02:10:11 +0000", html=html, mid_dom="amazon-certsupport.com", tag="012"))
    # 013 info_request B: is this a duplicate?
    body = ("Hi Daichi,\n\nThis is Ana from AWS Training and Certification. It looks like this request is the same as "
            "case %s, which you opened yesterday and which a colleague is already working on.\n\n"
            "Did you mean to open a second case, or is there something different you need help with here? "
            "If it's the same thing, I'll close this one so that everything stays in one place.\n\nThanks,\nAna\n") % CASE_A
    m13 = emit("caseB-mail2", "info_request", True, CASE_B, [],
         "asks whether the second case is a duplicate (a bare question, not the merge choice); mentions another case number in its body",
         build(TC_H, ME_P, tc_subj(CASE_B), "Mon, 12 May 2025 03:31:55 +0000", text=body, tag="013"))
    MIDS["b13body"] = body
    # 014 info_request A (verbose, multipart QP)
    text = ("Hello Daichi,\n\nThank you for reaching out, and sorry to hear your new badges are not appearing in Credly.\n\n"
            "What you describe usually happens when a second certification account is created with the same email "
            "address, for example when signing in with a new AWS Builder ID for the first time. New exam results then "
            "land on one account while Credly stays connected to the other one. Merging the two accounts fixes this, and "
            "once the merge is done, badges are normally re-issued to the surviving account within a day.\n\n"
            "Because both accounts share the login email, I can't tell them apart by address alone. Could you let us know "
            "the candidate ID of each account? You can find it at the top right of the certification account page after "
            "signing in (it starts with \"AWS\"). If you only have access to one of them, the one you can see is fine.\n\n"
            "Once I have that I'll prepare the merge.\n\nWarm regards,\nPriya S.\nAWS Training and Certification Customer Service\n"
            "\n--\nHow are we doing? Tell us about your experience: https://amazonexteu.qualtrics.com/jfe/form/SV_tc_feedback\n")
    html = "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in text.split("\n\n")) + "</body></html>"
    m14 = emit("caseA-mail2", "info_request", True, CASE_A, [],
         "multipart/alternative quoted-printable; long explanation, then 'Could you let us know the candidate ID'; survey footer",
         build(TC_H, ME_P, tc_subj(CASE_A), "Mon, 12 May 2025 05:44:29 +0000", text=text, html=html, cte="qp", tag="014"))
    MIDS["a14body"] = text
    # 015 user reply A with candidate IDs (Gmail quoting)
    ub = ("Hi Priya,\n\nThanks for the quick answer. The IDs are:\n\n- AWS10382256 (the account I have used since 2019)\n"
          "- AWS04417729 (the new one, created last month with Builder ID)\n\nI can sign in to both.\n\nDaichi")
    ub += gq("Mon, May 12, 2025 at 2:44 PM", "AWS Training and Certification <%s>" % TC, text)
    emit("caseA-mail3", "user_reply", False, CASE_A, ["AWS10382256", "AWS04417729"],
         "owner's reply giving two candidate IDs, Gmail quoting of the request",
         build(ME_P_H, TC, "Re: " + tc_subj(CASE_A), "Mon, 12 May 2025 06:10:02 +0000", text=ub, auth=None,
               irt=m14, refs=refs(MIDS[9], m14), mid_dom="mail.gmail.com", tag="015"))
    # 016 user reply B: yes, same
    ub = "Yes, it's the same request, sorry for the double submit. Please close this one.\n\nDaichi"
    ub += gq("Mon, May 12, 2025 at 12:31 PM", "AWS Training and Certification <%s>" % TC, body)
    emit("caseB-mail3", "user_reply", False, CASE_B, [],
         "owner answers the duplicate question; contains 'Please close' (an owner request, not support's)",
         build(ME_P_H, TC, "Re: " + tc_subj(CASE_B), "Mon, 12 May 2025 06:15:40 +0000", text=ub, auth=None,
               irt=m13, mid_dom="mail.gmail.com", tag="016"))
    # 017 case_update B: closed as duplicate
    body = ("Hi Daichi,\n\nThanks for confirming. I've closed case %s as a duplicate. Your request continues in case %s; "
            "no further action is required on this one.\n\nAna\nAWS Training and Certification\n") % (CASE_B, CASE_A)
    emit("caseB-mail4", "case_update", False, CASE_B, [],
         "duplicate closed at the owner's request, 'no further action is required'; not a closing notice (nothing unanswered)",
         build(TC_H, ME_P, tc_subj(CASE_B), "Mon, 12 May 2025 07:02:13 +0000", text=body, tag="017"))
    # 018 survey B
    emit("caseB-mail5", "survey", False, CASE_B, [],
         "survey for the duplicate case with rating links",
         build("AWS Training and Certification <aws-tc-feedback@amazon.com>", ME_P,
               "How did we do? Case %s" % CASE_B, "Tue, 13 May 2025 07:05:00 +0000",
               html=("<html><body><p>Hello Daichi,</p><p>Your recent case <b>%s</b> was closed. How satisfied were you with the support you received?</p>"
                     "<table><tr>" % CASE_B + "".join("<td><a href='https://survey.aws.training/r?c=%s&s=%d'>%d</a></td>" % (CASE_B, i, i) for i in range(1, 6)) +
                     "</tr></table><p>It takes less than a minute. Thank you!</p></body></html>"), tag="018"))
    # 019 Skill Builder receipt
    emit("sb-receipt-may", "unrelated", False, None, [],
         "AWS Skill Builder receipt from aws.training; order number",
         build("AWS Skill Builder <no-reply@aws.training>", ME_P, "Your AWS Skill Builder receipt",
               "Tue, 13 May 2025 11:40:00 +0000",
               text=("Thank you for your purchase.\n\nOrder: D01-4471920-33\nIndividual subscription (monthly): USD 29.00\n"
                     "Billing date: May 13, 2025\n\nManage your subscription at https://skillbuilder.aws/account\n"), tag="019"))
batch1()

# ---------------------------------------------------------------- batch 2
def batch2():
    # 020 colleague out-of-office (JP)
    emit("ooo-kobayashi", "unrelated", False, None, [],
         "colleague's Japanese out-of-office auto-reply to the company address; mentions 返信",
         build("=?ISO-2022-JP?B?GyRCPi5OUyEhPz8wbBsoQg==?= <s.kobayashi@kitanami-sys.co.jp>", ME_C,
               "自動応答: 【共有】5月度 APN 認定資格保有者リスト", "Wed, 14 May 2025 00:12:00 +0000",
               text=("森川さん\n\n5月14日から5月19日まで休暇のため不在にしております。\n"
                     "期間中にいただいたメールには、5月20日以降に順次ご返信いたします。\n"
                     "お急ぎの場合は情報システム部(it-desk@kitanami-sys.co.jp)までご連絡ください。\n\n小林\n"),
               cs="iso-2022-jp", auth="pass", mid_dom="TYCPR01MB7710.jpnprd01.prod.outlook.com", tag="020"))
    # 021 certmetrics feedback invitation
    emit("cm-hear-from-you", "certification", False, None, ["AWS10382256"],
         "certmetrics invitation to give feedback on the certification program (a 'request', but not support)",
         build("AWS Certification <do-not-reply@certmetrics.com>", ME_P, "AWS Certification wants to hear from you",
               "Wed, 14 May 2025 16:00:00 +0000",
               html=("<html><body><p>Hello Daichi,</p><p>As an AWS Certified individual, your opinion matters. "
                     "Please take 10 minutes to tell us about your experience with the AWS Certification program.</p>"
                     "<p><a href='https://www.certmetrics.com/amazon/survey/2025'>Start the survey</a></p>"
                     "<p>Candidate ID: AWS10382256</p><p>AWS Certification</p></body></html>"), tag="021"))
    # 022 case_update C: agent handover
    body = ("Hello Daichi,\n\nJust a quick note to let you know that I'm taking over your case from my colleague Tomasz, "
            "who is away this week. I've read through the history, so there's no need to repeat anything. "
            "We're still waiting for the partner team to come back to us.\n\n"
            "If you have any questions in the meantime, feel free to reply to this message.\n\nBest,\nMei\nAWS Training and Certification\n")
    emit("caseC-mail5", "case_update", False, CASE_C, [],
         "agent handover note; 'If you have any questions… feel free to reply' is conditional",
         build(TC_H, ME_C, tc_subj(CASE_C, "RE: [CASE"), "Thu, 15 May 2025 02:20:41 +0000", text=body, cc=ME_P, tag="022"))
    # 023 info_request C, JP, question buried mid-paragraph, QP
    body = ("森川 大地 様\n\nAWS トレーニングと認定 カスタマーサービスの佐藤でございます。\n\n"
            "APN パートナー管理者様への確認は引き続き進めており、統合の準備も並行して行っております。"
            "統合の際には旧アカウントの試験履歴、取得済み認定、特典(受験割引バウチャー等)がすべて統合先へ移行されます。"
            "なお、旧アカウントで現在ご予約中の試験はございますでしょうか。予約がある場合は統合のタイミングを調整する必要がございます。"
            "統合後、Credly のデジタルバッジは統合先のアカウントに紐づくメールアドレスへ再発行されます。\n\n"
            "引き続きよろしくお願いいたします。\n\n佐藤\nAWS トレーニングと認定 カスタマーサービス\n")
    m23 = emit("caseC-mail6", "info_request", True, CASE_C, [],
         "Japanese, quoted-printable; the only question (予約中の試験はございますでしょうか) sits mid-paragraph between explanations",
         build(TC_H, ME_C, tc_subj(CASE_C), "Fri, 16 May 2025 01:48:09 +0000", text=body, cte="qp", cc=ME_P, tag="023"))
    # 024 user reply C (JP)
    ub = ("佐藤様\n\nお世話になっております。森川です。\n旧アカウントで予約中の試験はございません。"
          "(6月14日の試験は個人アカウント側で予約しております)\n\nよろしくお願いいたします。\n森川")
    ub += jq("AWS Training and Certification <%s>" % TC, "2025年5月16日 10:48", ME_C, tc_subj(CASE_C), body)
    emit("caseC-mail7", "user_reply", False, CASE_C, [],
         "owner's Japanese reply (ISO-2022-JP) with Japanese Outlook quote header 差出人/送信日時",
         build(ME_C_H, TC, "RE: " + tc_subj(CASE_C), "Fri, 16 May 2025 03:30:12 +0000", text=ub, cs="iso-2022-jp",
               auth=None, irt=m23, mid_dom="TYCPR01MB8841.jpnprd01.prod.outlook.com", tag="024"))
    # 025 genuine-looking but dmarc=fail
    body = ("Hello Daichi,\n\nTo complete the merge of your certification accounts we must verify your identity. "
            "Please sign in at https://aws-training-verify.net/login with both accounts within 48 hours, "
            "otherwise the merge request will be cancelled.\n\nRegards,\nAWS Training and Certification Customer Service\n")
    emit("caseA-mail4", "suspicious", False, None, [],
         "From the real form address and the real case subject, but Authentication-Results: dkim=fail spf=fail dmarc=fail",
         build(TC_H, ME_P, tc_subj(CASE_A), "Fri, 16 May 2025 09:11:52 +0000", text=body, auth="fail",
               mid_dom="mx-relay7.bulkmailer.ru", tag="025"))
    # 026 marketing JP QP
    emit("summit-invite", "unrelated", False, None, [],
         "AWS marketing (Japanese, QP) with '今すぐ登録' call to action",
         build("=?UTF-8?B?QVdTIEphcGFu?= <aws-marketing-email-replies@amazon.com>", ME_P,
               "【AWS Summit Japan 2025】参加登録受付中 - 6月25日・26日 幕張メッセ", "Sat, 17 May 2025 00:00:00 +0000",
               text=("森川 大地 様\n\nAWS Summit Japan 2025 の参加登録を受け付けています。\n"
                     "AWS 認定資格保有者ラウンジもご用意しております。今すぐ登録してください。\n\n"
                     "https://aws.amazon.com/jp/summits/japan/\n\n配信停止をご希望の場合はこちら。\n"), cte="qp", tag="026"))
    # 027 confirmation_request A: HTML-only with table
    rows = [("Account #1", "AWS10382256", ME_P, ME_P, ME_P, "2019-08-02"),
            ("Account #2", "AWS04417729", ME_P, ME_P, ME_P, "2025-04-21")]
    tbl = ("<table border='1' cellpadding='4' style='border-collapse:collapse'><tr><th></th><th>Candidate ID</th><th>Login email</th>"
           "<th>Training notification email</th><th>Certification notification email</th><th>Created</th></tr>" +
           "".join("<tr><td><b>%s</b></td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in rows) + "</table>")
    html = ("<html><head><style>p{font-family:Arial}</style></head><body><p>Hello Daichi,</p>"
            "<p>Thank you for the IDs. I located both accounts:</p>" + tbl +
            "<p>All certifications and exam history are currently on Account #1; the two exams you passed in April are on Account #2. "
            "After the merge everything will sit on a single account and Credly will be updated.</p>"
            "<p><b>Which one would you like to keep as the primary account?</b></p>"
            "<p>If you have any other questions, reply to this email and we will be happy to help.</p>"
            "<p>Warm regards,<br>Priya S.<br>AWS Training and Certification Customer Service</p></body></html>")
    m27 = emit("caseA-mail5", "confirmation_request", True, CASE_A, ["AWS10382256", "AWS04417729"],
         "HTML-only mail; Account #1/#2 in a table with candidate IDs; bare question in bold; conditional footer",
         build(TC_H, ME_P, tc_subj(CASE_A), "Sat, 17 May 2025 05:02:37 +0000", html=html, hcte="qp", tag="027"))
    plain27 = ("Hello Daichi,\n\nThank you for the IDs. I located both accounts:\n\n"
               "Account #1  AWS10382256  Login email: %s\nAccount #2  AWS04417729  Login email: %s\n\n"
               "Which one would you like to keep as the primary account?\n\nWarm regards,\nPriya S.") % (ME_P, ME_P)
    # 028 closing notice A: terse, top-posted
    body = ("Hi Daichi,\n\nFollowing up on the below. Without a response this case will be closed on May 23. "
            "A reply to this email keeps it open.\n\nKenji\nAWS T&C Customer Service")
    body += oq("AWS Training and Certification", "Saturday, May 17, 2025 2:02 PM", ME_P, tc_subj(CASE_A), plain27)
    m28 = emit("caseA-mail6", "closing_notice", True, CASE_A, [],
         "terse closing notice top-posted over the quoted confirmation request; candidate IDs only in the quote",
         build(TC_H, ME_P, tc_subj(CASE_A, "RE: [CASE"), "Mon, 19 May 2025 01:15:00 +0000", text=body, irt=m27, tag="028"), crlf=True)
    # 029 user reply A
    ub = "Sorry for the late reply! Confirmed - please merge into Account #1 (AWS10382256).\n\nDaichi"
    ub += gq("Mon, May 19, 2025 at 10:15 AM", "AWS Training and Certification <%s>" % TC, body)
    m29 = emit("caseA-mail7", "user_reply", False, CASE_A, ["AWS10382256"],
         "owner's confirmation, Gmail quote nesting the Outlook-quoted request",
         build(ME_P_H, TC, "Re: " + tc_subj(CASE_A, "RE: [CASE"), "Mon, 19 May 2025 02:40:31 +0000", text=ub, auth=None,
               irt=m28, refs=refs(m27, m28), mid_dom="mail.gmail.com", tag="029"))
    # 030 case_update A
    emit("caseA-mail8", "case_update", False, CASE_A, [],
         "progress note 'nothing needed from you'; short",
         build(TC_H, ME_P, tc_subj(CASE_A), "Mon, 19 May 2025 05:01:12 +0000",
               text=("Thanks Daichi. The merge is with our certification team now, usually 1-2 business days. "
                     "Nothing needed from you meanwhile.\n\nKenji\n"), irt=m29, tag="030"))
    # 031 info_request C: JP plain ください, mixed news+ask, base64
    body = ("森川様\n\nAPN パートナー管理者様より、旧アカウントの統合について承認をいただきました。お待たせいたしました。\n\n"
            "統合作業を進めるにあたり、統合先アカウントのログインメールアドレスと候補 ID(AWS から始まる番号)を、このメールへの返信でお知らせください。\n\n"
            "佐藤\nAWS トレーニングと認定 カスタマーサービス\n")
    m31 = emit("caseC-mail8", "info_request", True, CASE_C, [],
         "good news (APN approved) plus a plain 〜ください request in base64 UTF-8; 'AWS から始まる番号' is not a candidate ID",
         build(TC_H, ME_C, tc_subj(CASE_C), "Tue, 20 May 2025 01:03:27 +0000", text=body, cte="b64", cc=ME_P, tag="031"))
    # 032 user reply C, changed subject, threaded only by In-Reply-To
    ub = ("佐藤様\n\nご連絡ありがとうございます。統合先アカウントの情報は以下のとおりです。\n\n"
          "ログインメールアドレス: daichi.morikawa88@gmail.com\n候補ID: AWS10382256\n\nよろしくお願いいたします。\n森川 大地")
    ub += jq("AWS Training and Certification <%s>" % TC, "2025年5月20日 10:03", ME_C, tc_subj(CASE_C), body)
    emit("reply-tosaki-info", "user_reply", False, CASE_C, ["AWS10382256"],
         "owner rewrote the subject (no [CASE] token); belongs to case C only via In-Reply-To/References; the quote header repeats the case subject",
         build(ME_C_H, TC, "統合先アカウントの情報", "Tue, 20 May 2025 02:21:45 +0000", text=ub, cs="iso-2022-jp",
               auth=None, irt=m31, refs=refs(m23, m31), mid_dom="TYCPR01MB8841.jpnprd01.prod.outlook.com", tag="032"))
    MIDS["c31"] = m31
    # 033 resolved A quoting the confirmation request
    body = ("Hello Daichi,\n\nI have successfully merged all accounts. Account #2 (AWS04417729) has been merged into "
            "Account #1 (AWS10382256), and the two April exams now appear in your exam history. "
            "Your Credly badges will be re-issued to %s within 24 hours.\n\n"
            "No further action is required on your part.\n\nBest regards,\nKenji\nAWS Training and Certification Customer Service") % ME_P
    body += oq("AWS Training and Certification", "Saturday, May 17, 2025 2:02 PM", ME_P, tc_subj(CASE_A), plain27)
    emit("caseA-mail9", "resolved", False, CASE_A, ["AWS04417729", "AWS10382256"],
         "'successfully merged' with the old confirmation request ('Which one would you like to keep…?') quoted below",
         build(TC_H, ME_P, tc_subj(CASE_A), "Wed, 21 May 2025 00:44:18 +0000", text=body, irt=m29, tag="033"))
    # 034 Credly badge
    emit("credly-sap", "badge", False, None, [],
         "Credly badge issued after the merge; 'Accept your badge' call to action",
         build("Credly <admin@credly.com>", ME_P,
               "Daichi, you've been issued a badge by Amazon Web Services Training and Certification",
               "Wed, 21 May 2025 03:12:00 +0000",
               html=("<html><body><h2>Congratulations, Daichi!</h2><p>Amazon Web Services Training and Certification has issued you "
                     "the badge <b>AWS Certified Solutions Architect – Associate</b>.</p>"
                     "<p><a href='https://www.credly.com/badges/5b0c2e7a-9f1d-4d3e-a3d2-0f77c1e8a9b4/accept'>Accept your badge</a></p>"
                     "<p>Credly, Inc.</p></body></html>"), tag="034"))
    # 035 survey A
    emit("caseA-mail10", "survey", False, CASE_A, [],
         "satisfaction survey after resolution, 'Please rate'",
         build("AWS Training and Certification <aws-tc-feedback@amazon.com>", ME_P,
               "Please rate your recent support experience (Case %s)" % CASE_A, "Thu, 22 May 2025 00:45:00 +0000",
               text=("Hello,\n\nYou recently contacted AWS Training and Certification (Case %s).\n"
                     "Please rate your experience on a scale of 1 to 5:\nhttps://survey.aws.training/r?c=%s\n\n"
                     "Your answers help us improve. This survey closes in 7 days.\n") % (CASE_A, CASE_A), tag="035"))
batch2()

# ---------------------------------------------------------------- batch 3
def batch3():
    # 036 confirmation_request C: JP keigo HTML table, ISO-2022-JP
    html = ("<html><body><p>森川 大地 様</p><p>いつもお世話になっております。AWS トレーニングと認定 カスタマーサービスの佐藤でございます。</p>"
            "<p>お知らせいただいた情報をもとに、以下の 2 つのアカウントを確認いたしました。</p>"
            "<table border='1'><tr><th></th><th>候補ID</th><th>ログインメールアドレス</th><th>トレーニング通知先</th><th>認定通知先</th></tr>"
            "<tr><td>アカウント1</td><td>AWS10382256</td><td>%s</td><td>%s</td><td>%s</td></tr>"
            "<tr><td>アカウント2</td><td>AWS07751390</td><td>%s</td><td>%s</td><td>%s</td></tr></table>"
            "<p>アカウント2 をアカウント1 へ統合し、アカウント1 を残す形で手続きを進めてまいります。"
            "内容にお間違いがないか、ご確認のうえご返信いただけますでしょうか。</p>"
            "<p>何卒よろしくお願いいたします。</p><p>佐藤<br>AWS トレーニングと認定 カスタマーサービス</p></body></html>"
            ) % (ME_P, ME_P, ME_P, ME_C, ME_C, ME_C)
    m36 = emit("caseC-mail9", "confirmation_request", True, CASE_C, ["AWS10382256", "AWS07751390"],
         "HTML-only ISO-2022-JP keigo confirmation with アカウント1/アカウント2 table (〜いただけますでしょうか)",
         build(TC_H, ME_C, tc_subj(CASE_C), "Thu, 22 May 2025 00:50:12 +0000", html=html, cs="iso-2022-jp", cc=ME_P,
               irt=MIDS["c31"], tag="036"))
    plain36 = ("森川 大地 様\n\nアカウント1 AWS10382256 %s\nアカウント2 AWS07751390 %s\n\n"
               "アカウント2 をアカウント1 へ統合し、アカウント1 を残す形で手続きを進めてまいります。"
               "内容にお間違いがないか、ご確認のうえご返信いただけますでしょうか。\n\n佐藤") % (ME_P, ME_C)
    # 037 owner forwards to himself
    fb = ("自分用メモ: 退職後もこちらで確認できるように転送。返信は来週月曜にする。\n\n"
          "---------- Forwarded message ---------\nFrom: AWS Training and Certification <%s>\n"
          "Date: 2025年5月22日(木) 9:50\nSubject: %s\nTo: %s\nCc: %s\n\n%s\n") % (TC, tc_subj(CASE_C), ME_C, ME_P, plain36)
    emit("fwd-to-self", "user_reply", False, CASE_C, [],
         "owner forwards support's confirmation request from his company address to his personal one; the ask is inside the forwarded block",
         build(ME_C_H, ME_P, "FW: " + tc_subj(CASE_C), "Thu, 22 May 2025 01:30:00 +0000", text=fb, cs="utf-8", cte="8bit",
               auth="pass", mid_dom="TYCPR01MB8841.jpnprd01.prod.outlook.com", tag="037"))
    # 038 Jira
    emit("jira-ktn2291", "unrelated", False, None, [],
         "Jira notification in Japanese with status 'Resolved' and a question to the assignee",
         build("Jira <jira@kitanami.atlassian.net>", ME_C, "[JIRA] (KTN-2291) アカウント統合APIのタイムアウト修正",
               "Thu, 22 May 2025 05:14:00 +0000",
               text=("佐々木 健 が KTN-2291 を更新しました\n\nステータス: レビュー中 → 解決済み\n\n"
                     "コメント: 森川さん、引き継ぎ資料にこの件も追記してもらえますか?\n\n"
                     "https://kitanami.atlassian.net/browse/KTN-2291\n"), mid_dom="kitanami.atlassian.net", tag="038"))
    # 039 closing_notice C: JP
    body = ("森川様\n\n5月22日にお送りしたアカウント統合内容のご確認について、まだご返信を確認できておりません。\n"
            "5月29日までにご返信が確認できない場合、本ケースはクローズとさせていただきます。"
            "本メールにご返信いただければ、引き続き対応いたします。\n\n佐藤\nAWS トレーニングと認定 カスタマーサービス\n")
    m39 = emit("caseC-mail10", "closing_notice", True, CASE_C, [],
         "Japanese closing notice (期限までにご返信が確認できない場合…クローズ), plain UTF-8 base64",
         build(TC_H, ME_C, tc_subj(CASE_C), "Mon, 26 May 2025 00:20:00 +0000", text=body, cc=ME_P, irt=m36, tag="039"))
    # 040 user reply C from company
    ub = "佐藤様\n\nご連絡が遅くなり申し訳ございません。\n内容に相違ございません。アカウント1へ統合をお願いいたします。\n\n森川"
    ub += jq("AWS Training and Certification <%s>" % TC, "2025年5月26日 9:20", ME_C, tc_subj(CASE_C), body)
    m40 = emit("caseC-mail11", "user_reply", False, CASE_C, [],
         "owner confirms in Japanese from the OLD company address",
         build(ME_C_H, TC, "RE: " + tc_subj(CASE_C), "Mon, 26 May 2025 01:02:00 +0000", text=ub, cs="iso-2022-jp",
               auth=None, irt=m39, refs=refs(m36, m39), mid_dom="TYCPR01MB8841.jpnprd01.prod.outlook.com", tag="040"))
    # 041 info_request C: non-native English, write from the destination address
    body = ("Hello Daichi,\n\nGreetings from AWS Training and Certification.\n\nWe receive your confirmation from the email "
            "d.morikawa@kitanami-sys.co.jp. For the security reason the confirmation must come from email address of the "
            "account which will be keep. Kindly send the same reply from daichi.morikawa88@gmail.com, then we will proceed the merge.\n\n"
            "Thanks and regards,\nRahul\nAWS Training and Certification\n")
    m41 = emit("caseC-mail12", "info_request", True, CASE_C, [],
         "non-native English 'Kindly send the same reply from <personal address>' (wrong-address reply); sent to personal, cc company",
         build(TC_H, ME_P, tc_subj(CASE_C), "Tue, 27 May 2025 04:40:10 +0000", text=body, cc=ME_C, irt=m40, tag="041"))
    # 042 user reply from personal
    ub = "Hello Rahul,\n\nConfirmed from my personal address. Please merge Account 2 into Account 1.\n\nDaichi Morikawa"
    ub += gq("Tue, May 27, 2025 at 1:40 PM", "AWS Training and Certification <%s>" % TC, body)
    m42 = emit("caseC-mail13", "user_reply", False, CASE_C, [],
         "owner re-sends the confirmation from the personal address",
         build(ME_P_H, TC, "Re: " + tc_subj(CASE_C), "Tue, 27 May 2025 05:05:51 +0000", text=ub, auth=None,
               irt=m41, mid_dom="mail.gmail.com", tag="042"))
    # 043 resolved C: JP Shift_JIS with survey footer and quoted ask
    body = ("森川 大地 様\n\nいつもお世話になっております。AWS トレーニングと認定 カスタマーサービスの佐藤でございます。\n\n"
            "ご依頼いただいたアカウントの統合が完了いたしました。アカウント2 の試験履歴、取得済み認定、特典はアカウント1 に移行されております。"
            "お客様にてご対応いただく事項はございません。\n\n"
            "本件に関してご不明な点がございましたら、本メールにご返信ください。\n\n佐藤\n\n"
            "------------------------------------------------\n"
            "サポート品質向上のため、アンケートへのご協力をお願いいたします。\nhttps://survey.aws.training/ja?c=%s\n"
            "------------------------------------------------\n\n"
            "> 内容にお間違いがないか、ご確認のうえご返信いただけますでしょうか。\n") % CASE_C
    emit("caseC-mail14", "resolved", False, CASE_C, [],
         "Shift_JIS 8bit; completion with conditional 〜がございましたら…ご返信ください, survey footer and the old keigo ask quoted",
         build(TC_H, ME_P, tc_subj(CASE_C), "Wed, 28 May 2025 01:10:00 +0000", text=body, cs="shift_jis", cte="8bit",
               cc=ME_C, irt=m42, tag="043"))
    # 044 Credly accept
    emit("credly-claim", "badge", False, None, [],
         "Credly 'Action required: accept your badge' – action, but not for support",
         build("Credly <admin@credly.com>", ME_P, "Action required: accept your AWS Certified Solutions Architect – Professional badge",
               "Wed, 28 May 2025 09:30:00 +0000",
               text=("Hi Daichi,\n\nAmazon Web Services Training and Certification issued you a new badge. "
                     "Accept it to share it on LinkedIn and elsewhere:\nhttps://www.credly.com/badges/a41f9e00-77c3-4d6b-b1d0-2f3e9c5d8e17\n\n"
                     "Credly\n"), tag="044"))
    # 045 other vendor 'case closed'
    emit("backlog-48213", "unrelated", False, None, [],
         "another vendor's support ticket 'closed, reply to reopen' wording",
         build("Nulab Support <support@nulab.com>", ME_C, "[Request #48213] Your request has been closed",
               "Thu, 29 May 2025 02:00:00 +0000",
               text=("Hello Daichi,\n\nYour request #48213 \"Cannot transfer space ownership\" has been closed because we "
                     "have not heard back from you for 7 days. If you still need help, simply reply to this email and "
                     "the request will be reopened.\n\nNulab Support\n"), mid_dom="nulab.zendesk.com", tag="045"))
    # 046 certmetrics expiry
    emit("cm-expiry-dva", "certification", False, None, ["AWS10382256"],
         "certification expiry notice from certmetrics ('recertify now')",
         build("AWS Certification <do-not-reply@certmetrics.com>", ME_P,
               "Your AWS Certified Developer - Associate certification expires in 60 days",
               "Thu, 29 May 2025 16:00:00 +0000",
               text=("Hello Daichi Morikawa,\n\nYour AWS Certified Developer - Associate certification (Validation number 7QJ2K1L2BJE41Q3D) "
                     "will expire on July 28, 2025. Recertify before then to keep your certification active.\n\n"
                     "Candidate ID: AWS10382256\n\nAWS Certification\n"), tag="046"))
    # 047 JP phishing lookalike
    emit("jp-saishu-kakunin", "suspicious", False, None, [],
         "Japanese phishing from lookalike aws-training-jp.com asking to log in within 24h",
         build("=?UTF-8?B?QVdTIOODiOODrOODvOODi+ODs+OCsOOBqOiqjeWumg==?= <no-reply@aws-training-jp.com>", ME_P,
               "【AWS認定】アカウント統合の最終確認のお願い", "Fri, 30 May 2025 11:11:11 +0000",
               html=("<html><body><p>お客様各位</p><p>アカウント統合の最終確認が完了しておりません。24時間以内に下記よりログインし、"
                     "ご本人確認を完了してください。</p><p><a href='http://aws-training-jp.com/login'>ログインして確認する</a></p>"
                     "<p>AWS トレーニングと認定</p></body></html>"), mid_dom="aws-training-jp.com", tag="047"))
    # 048 new employer onboarding
    emit("onboarding-hr", "unrelated", False, None, [],
         "new employer's HR asking for documents by reply (needs a reply, but not to AWS support)",
         build("=?UTF-8?B?5Lq65LqL6YOo?= <hr@sorabase.co.jp>", ME_P, "【ソラベース】入社手続き書類のご提出のお願い",
               "Sun, 01 Jun 2025 00:30:00 +0000",
               text=("森川 大地 様\n\n6月2日のご入社に向けて、以下の書類をご準備のうえ、本メールにご返信ください。\n"
                     "1. 雇用契約書(署名済み)\n2. 年金手帳の写し\n3. 振込先口座情報\n\nソラベース株式会社 人事部\n"),
               cte="qp", mid_dom="sorabase.co.jp", tag="048"))
batch3()

# ---------------------------------------------------------------- batch 4 (console case D, case F)
def batch4():
    D = CASE_D
    # 049 console ack
    body = ("Hello,\n\nWe have opened case %s to address your inquiry. The details of your case are as follows:\n\n"
            "Case ID: %s\nSubject: 50%% exam voucher missing after certification account merge\nSeverity: Low\n"
            "Correspondence: After my certification accounts were merged, the 50%% discount voucher I earned is no longer shown "
            "under Benefits.\n\nAccount: 418295730164\n" + CON_FOOT) % (D, D, D)
    m49 = emit("console-D-1", "acknowledgement", False, D, [],
         "AWS Support Center 'New Support case' mail; 12-digit account number near the case ID; cannot-accept-email footer",
         build(CON, ME_P, "Amazon Web Services: New Support case: %s" % D, "Mon, 02 Jun 2025 03:00:41 +0000", text=body, tag="049"))
    # 050 spoofed console mail, dmarc fail
    emit("acct418-suspend", "suspicious", False, None, [],
         "From no-reply-aws@amazon.com but dkim=fail/dmarc=fail; account-suspension scare",
         build(CON, ME_P, "Amazon Web Services: Your account 418295730164 has been suspended", "Mon, 02 Jun 2025 07:45:00 +0000",
               html=("<html><body><p>Dear Customer,</p><p>We could not verify your payment information. Your account "
                     "418295730164 will be terminated unless you update your billing details now.</p>"
                     "<p><a href='https://console-aws-billing.support/update'>Update billing</a></p></body></html>"),
               auth="fail", spf="softfail", mid_dom="smtp.mailgw-eu.net", tag="050"))
    # 051 console info_request with feedback footer
    body = ("Hello,\n\nThank you for contacting AWS Support. I'm sorry to hear the voucher disappeared.\n\n"
            "Vouchers are tied to the certification account that earned them, so I'll need to trace where it went during the merge. "
            "What is the candidate ID of the account on which you last saw the voucher, and roughly when did you earn it?\n\n"
            "Best regards,\nLuis R.\nAmazon Web Services" + CON_FEEDBACK + CON_FOOT % D)
    m51 = emit("console-D-2", "info_request", True, D, [],
         "console case: question must be answered in the Support Center; feedback/rating footer and no-reply footer after the ask",
         build(CON, ME_P, "RE:[CASE %s] 50%% exam voucher missing after certification account merge" % D,
               "Mon, 02 Jun 2025 09:12:30 +0000", text=body, irt=m49, tag="051"))
    # 052 owner replies by email (wrong channel)
    ub = ("Hi Luis,\n\nThe candidate ID is AWS10382256 (after merge). I think the voucher was on the old company account, "
          "earned around November 2024.\n\nThanks,\nDaichi")
    ub += gq("Mon, Jun 2, 2025 at 6:12 PM", CON, body)
    m52 = emit("console-D-3", "user_reply", False, D, ["AWS10382256"],
         "owner replies by email to the no-reply console address (will bounce)",
         build(ME_P_H, "no-reply-aws@amazon.com", "Re: RE:[CASE %s] 50%% exam voucher missing after certification account merge" % D,
               "Mon, 02 Jun 2025 10:01:00 +0000", text=ub, auth=None, irt=m51, mid_dom="mail.gmail.com", tag="052"))
    # 053 bounce
    bounce = ("** Address not found **\n\nYour message wasn't delivered to no-reply-aws@amazon.com because the address couldn't be found, "
              "or is unable to receive mail.\n\nThe response from the remote server was:\n"
              "550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox cannot accept incoming e-mails\n\n"
              "----- Original message -----\nSubject: Re: RE:[CASE %s] 50%% exam voucher missing after certification account merge\n"
              "The candidate ID is AWS10382256 (after merge).\n") % D
    emit("mailer-daemon-0602", "unrelated", False, None, [],
         "bounce of the owner's email reply; quotes the case subject and a candidate ID",
         build("Mail Delivery Subsystem <mailer-daemon@googlemail.com>", ME_P, "Delivery Status Notification (Failure)",
               "Mon, 02 Jun 2025 10:01:09 +0000", text=bounce, auth=None, mid_dom="mx.google.com", tag="053"))
    # 054 console closing notice
    body = ("Hello,\n\nWe haven't heard back from you regarding case %s. If we don't receive a response within 3 days, "
            "this case will be resolved automatically. To keep it open, add a correspondence from the Support Center.\n\n"
            "Amazon Web Services" + CON_FOOT) % (D, D)
    emit("console-D-4", "closing_notice", True, D, [],
         "console auto-resolve warning; reply only via Support Center",
         build(CON, ME_P, "RE:[CASE %s] 50%% exam voucher missing after certification account merge" % D,
               "Thu, 05 Jun 2025 09:15:00 +0000", text=body, irt=m51, tag="054"))
    # 055 console case_update with feedback footer
    body = ("Hello Daichi,\n\nThanks for the details you added in the Support Center. I've engaged our certification benefits team "
            "and shared the candidate ID and the approximate date. I'll update this case as soon as I hear from them.\n\n"
            "Best regards,\nLuis R.\nAmazon Web Services" + CON_FEEDBACK + CON_FOOT % D)
    emit("console-D-5", "case_update", False, D, [],
         "console progress note with the 'Please share your experience by rating' footer (a footer, not an ask)",
         build(CON, ME_P, "RE:[CASE %s] 50%% exam voucher missing after certification account merge" % D,
               "Fri, 06 Jun 2025 02:30:00 +0000", text=body, tag="055"))
    # 056 console info_request #2: template with HTML table
    html = ("<html><body><p>Hello,</p><p>Thank you for your patience. The certification benefits team has located a "
            "voucher on the merged account. Before it can be re-activated, the following is required:</p>"
            "<table border='1'><tr><th>Item</th><th>Status</th></tr>"
            "<tr><td>Exam you intend to use the voucher for</td><td><b>Missing</b></td></tr>"
            "<tr><td>Pearson VUE registration already booked with this voucher (yes/no)</td><td><b>Missing</b></td></tr></table>"
            "<p>Provide these in the Support Center.</p><p>Luis R.<br>Amazon Web Services</p>"
            "<p>We value your feedback. Please share your experience by rating this correspondence.</p>"
            "<p>https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en</p>"
            "<p>*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.</p></body></html>") % D
    emit("console-D-6", "info_request", True, D, [],
         "HTML-only templated request: 'Missing' items in a table, 'Provide these in the Support Center' without please",
         build(CON, ME_P, "RE:[CASE %s] 50%% exam voucher missing after certification account merge" % D,
               "Sat, 07 Jun 2025 01:10:00 +0000", html=html, hcte="qp", tag="056"))
    # 057 console resolved
    body = ("Hello Daichi,\n\nThe benefits team has re-activated the 50%% voucher on your merged account; you should see it under "
            "Benefits now. I'm resolving this case. If you need anything else, you can reopen it from the Support Center "
            "within 14 days.\n\nBest regards,\nLuis R.\nAmazon Web Services" + CON_FEEDBACK + CON_FOOT) % D
    emit("console-D-7", "resolved", False, D, [],
         "console resolution with reopen-within-14-days wording and rating footer",
         build(CON, ME_P, "RE:[CASE %s] 50%% exam voucher missing after certification account merge" % D,
               "Mon, 09 Jun 2025 03:40:00 +0000", text=body, tag="057"))
    # 058 console survey
    emit("console-D-8", "survey", False, D, [],
         "Support Center survey mail for the console case",
         build("AWS Support <aws-support-survey@amazon.com>", ME_P, "How was your experience with AWS Support? (Case %s)" % D,
               "Tue, 10 Jun 2025 03:41:00 +0000",
               text=("Hello,\n\nYour AWS Support case %s was recently resolved. Would you take a moment to tell us how we did?\n\n"
                     "Rate this case: https://console.aws.amazon.com/support/feedback?displayId=%s\n\n"
                     "Thank you,\nAWS Support\n") % (D, D), tag="058"))
    F = CASE_F
    # 059 ack F JP 8bit
    body = ("お問い合わせいただきありがとうございます。\n\nケース %s を作成しました。\n\n"
            "ケースの詳細:\nお問い合わせタイプ: AWS トレーニングと認定\n問題タイプ: トレーニング\nその他の詳細: アカウントの統合\n\n"
            "通常24時間以内に担当者よりご連絡いたします。すでにケースが提起されている場合は、"
            "同様のリクエストについて別のケースを提起しないでください。\n\nAWS トレーニングと認定\n") % F
    m59 = emit("caseF-mail1", "acknowledgement", False, F, [],
         "Japanese ack, UTF-8 8bit, subject 'RE: [CASE' spacing",
         build(TC_H, ME_P, tc_subj(F, "RE: [CASE"), "Tue, 10 Jun 2025 05:00:00 +0000", text=body, cte="8bit", tag="059"))
    # 060 info_request F terse one-liner
    body = "Which email do you sign in to Skill Builder with today?\n\n- Jess, AWS T&C\n"
    m60 = emit("caseF-mail2", "info_request", True, F, [],
         "one-line bare question, no greeting, no please",
         build(TC_H, ME_P, tc_subj(F), "Tue, 10 Jun 2025 08:21:00 +0000", text=body, irt=m59, tag="060"))
    # 061 user reply F
    ub = "the gmail one (%s). the kitanami address is gone since end of May." % ME_P
    ub += gq("Tue, Jun 10, 2025 at 5:21 PM", TC_H, body)
    m61 = emit("caseF-mail3", "user_reply", False, F, [],
         "owner's lowercase one-line answer",
         build(ME_P_H, TC, "Re: " + tc_subj(F), "Tue, 10 Jun 2025 09:02:00 +0000", text=ub, auth=None, irt=m60,
               mid_dom="mail.gmail.com", tag="061"))
    # 062 confirmation_request F casual, mixed news + ask, CRLF
    body = ("Hey Daichi,\n\nGood news - I found both training profiles. Your digital course history is split between them "
            "(14 courses on the gmail one, 31 on the old kitanami one), which explains the gaps in your transcript.\n\n"
            "Quick check before I go ahead: fold the kitanami profile into the gmail one and keep the gmail one? "
            "A yes back here is all I need.\n\nCheers,\nJess\nAWS Training and Certification\n")
    m62 = emit("caseF-mail4", "confirmation_request", True, F, [],
         "casual agent, progress news first, then merge confirmation as 'Quick check…? A yes back here is all I need'; CRLF",
         build(TC_H, ME_P, tc_subj(F), "Wed, 11 Jun 2025 00:35:00 +0000", text=body, irt=m61, tag="062"), crlf=True)
    # 063 user reply F
    ub = "yes go ahead, thx!"
    ub += gq("Wed, Jun 11, 2025 at 9:35 AM", TC_H, body)
    m63 = emit("caseF-mail5", "user_reply", False, F, [],
         "three-word confirmation",
         build(ME_P_H, TC, "Re: " + tc_subj(F), "Wed, 11 Jun 2025 01:00:00 +0000", text=ub, auth=None, irt=m62,
               mid_dom="mail.gmail.com", tag="063"))
    # 064 resolved F with survey footer
    body = ("Done! Both transcripts now live under %s. It can take an hour for the course list to refresh.\n\n"
            "Jess\n\n--\nLet us know how we did: https://survey.aws.training/r?c=%s\n") % (ME_P, F)
    emit("caseF-mail6", "resolved", False, F, [],
         "very short completion without the word 'merged'; survey link footer",
         build(TC_H, ME_P, tc_subj(F), "Wed, 11 Jun 2025 04:12:00 +0000", text=body, irt=m63, tag="064"))
batch4()

# ---------------------------------------------------------------- batch 5 (reopened case E, case G, tail)
def batch5():
    E = CASE_E
    SE = "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % E
    hist = ("> From: AWS Training and Certification <%s>\n> Sent: Tuesday, March 16, 2021 10:02 AM\n> Subject: %s\n>\n"
            "> Hello Daichi, we have updated the name on your certification record to \"Daichi Morikawa\". "
            "This case is now resolved.\n>\n"
            ">> On Mon, Mar 15, 2021 at 4:40 PM Daichi Morikawa <%s> wrote:\n>> Attached is my passport page.\n>>\n"
            ">>> From: AWS Training and Certification\n>>> Sent: Monday, March 15, 2021 9:12 AM\n>>>\n"
            ">>> Hello,\n>>> Could you please send us a copy of a government-issued ID showing your name as it should appear?\n"
            ">>> We need this before we can change the name on your certificate.\n>>>\n>>> Case ID: %s\n") % (TC, SE, ME_C, E)
    ub = ("Hello,\n\nI'd like to reopen this old case. After my certification accounts were merged last month (case %s), "
          "my certificates show \"MORIKAWA DAICHI\" again instead of \"Daichi Morikawa\", which you had fixed in 2021. "
          "Could the same correction be applied to the merged account?\n\nRegards,\nDaichi Morikawa\n\n" % CASE_C) + hist
    m65 = emit("caseE-mail1", "user_reply", False, E, [],
         "owner top-posts over a 3-level 2021 history containing an old support request (Could you please send… ID?); mentions another case number",
         build(ME_P_H, TC, SE, "Thu, 12 Jun 2025 00:15:00 +0000", text=ub, auth=None, mid_dom="mail.gmail.com", tag="065"))
    # 066 auto reopened
    m66 = emit("caseE-mail2", "case_update", False, E, [],
         "automatic 'case has been reopened' notice; asks nothing",
         build(TC_H, ME_P, SE, "Thu, 12 Jun 2025 00:15:40 +0000",
               text=("Hello,\n\nYour case %s has been reopened. An agent will review your message and respond as soon as possible.\n\n"
                     "AWS Training and Certification\n") % E, irt=m65, tag="066"))
    # 067 info_request E numbered questions
    body = ("Hello Daichi,\n\nThis is Olga picking up your reopened case. Name records are copied from the source account during "
            "a merge, which is why the old romanization came back. To fix it properly I need a few answers:\n\n"
            "1. Exactly how should your name appear on the certificate (given name first or family name first)?\n"
            "2. Is it identical to the name on the ID you use at the test center?\n"
            "3. Is AWS10382256 the account that should be corrected?\n\n"
            "With these I can raise it with our records team.\n\nOlga\nAWS Training and Certification\n")
    m67 = emit("caseE-mail3", "info_request", True, E, ["AWS10382256"],
         "numbered questions, closing line 'With these I can raise it' instead of please",
         build(TC_H, ME_P, SE, "Thu, 12 Jun 2025 06:48:00 +0000", text=body, irt=m65, tag="067"))
    # 068 user answers
    ub = ("Hi Olga,\n\n1. Daichi Morikawa (given name first)\n2. Yes, same as my passport\n3. Yes, AWS10382256\n\nThanks!\nDaichi")
    ub += gq("Thu, Jun 12, 2025 at 3:48 PM", TC_H, body)
    m68 = emit("caseE-mail4", "user_reply", False, E, ["AWS10382256"],
         "numbered answers",
         build(ME_P_H, TC, "Re: " + SE, "Thu, 12 Jun 2025 08:30:00 +0000", text=ub, auth=None, irt=m67,
               mid_dom="mail.gmail.com", tag="068"))
    # 069 on_hold with ask
    body = ("Hi Daichi,\n\nThanks. The correction also has to be made by our test delivery partner, so I've placed the case on hold "
            "until they confirm; that usually takes up to 10 business days.\n\n"
            "One thing in the meantime: do you have an exam booked in the next two weeks, and if so on which date? "
            "A name mismatch at check-in can be a problem.\n\nOlga\n")
    m69 = emit("caseE-mail5", "on_hold", True, E, [],
         "hold waiting on the test delivery partner, plus a question 'in the meantime'",
         build(TC_H, ME_P, SE, "Fri, 13 Jun 2025 02:05:00 +0000", text=body, irt=m68, tag="069"))
    # 070 recertification congrats
    emit("cm-recert", "certification", False, None, ["AWS10382256"],
         "certmetrics recertification congratulations with candidate ID (not case mail)",
         build("AWS Certification <do-not-reply@certmetrics.com>", ME_P, "Congratulations on recertifying your AWS Certification!",
               "Mon, 16 Jun 2025 10:00:00 +0000",
               html=("<html><body><p>Dear Daichi Morikawa,</p><p>Congratulations! You have successfully recertified "
                     "<b>AWS Certified Solutions Architect - Professional</b>. Your new expiration date is June 14, 2028.</p>"
                     "<p>Your digital badge will be issued by Credly within 5 business days.</p>"
                     "<p>Candidate ID: AWS10382256</p></body></html>"), tag="070"))
    # 071 closing notice E (already closed; reply reopens)
    body = ("Hello Daichi,\n\nWe have not received a reply to our last message, so this case has now been closed. "
            "If you still need help, simply reply to this email and the case will be reopened automatically.\n\n"
            "AWS Training and Certification\n")
    m71 = emit("caseE-mail6", "closing_notice", True, E, [],
         "'has now been closed' past tense; reply reopens; wording close to other vendors' closures",
         build(TC_H, ME_P, SE, "Fri, 20 Jun 2025 02:06:00 +0000", text=body, irt=m69, tag="071"))
    # 072 user reply E
    ub = "Sorry, I missed your question. I had an exam on June 14 (done, passed) and nothing booked now.\n\nDaichi"
    ub += gq("Fri, Jun 20, 2025 at 11:06 AM", TC_H, body)
    m72 = emit("caseE-mail7", "user_reply", False, E, [],
         "owner answers after the closure",
         build(ME_P_H, TC, "Re: " + SE, "Fri, 20 Jun 2025 03:00:00 +0000", text=ub, auth=None, irt=m71,
               mid_dom="mail.gmail.com", tag="072"))
    # 073 on_hold no ask
    emit("caseE-mail8", "on_hold", False, E, [],
         "case reopened and back on hold; 'you don't need to do anything'",
         build(TC_H, ME_P, SE, "Fri, 20 Jun 2025 07:30:00 +0000",
               text=("Hi Daichi,\n\nThanks, that's helpful. I've reopened the case and it stays on hold while the delivery partner "
                     "updates its record. You don't need to do anything; I'll write again once it's done.\n\nOlga\n"),
               irt=m72, tag="073"))
    # 074 Credly lookalike
    emit("credly-revoke-x", "suspicious", False, None, [],
         "Credly lookalike domain threatening badge revocation",
         build("Credly <admin@credly-badge-center.com>", ME_P, "Your AWS badge will be revoked - re-verify now",
               "Sun, 22 Jun 2025 14:00:00 +0000",
               text=("Hello,\n\nBecause your AWS certification accounts were merged, your badges must be re-verified. "
                     "Sign in within 48 hours: https://credly-badge-center.com/verify\n\nCredly Trust Team\n"),
               mid_dom="credly-badge-center.com", tag="074"))
    # 075 resolved E base64
    body = ("Hello Daichi,\n\nGood news: the name on your certification record and at our test delivery partner now reads "
            "\"Daichi Morikawa\". New certificates downloaded from the certification account will show the corrected name.\n\n"
            "This case is now resolved.\n\nOlga\nAWS Training and Certification\n\n"
            "On Thu, Jun 12, 2025 Olga wrote:\n> 1. Exactly how should your name appear on the certificate?\n"
            "> 2. Is it identical to the name on the ID you use at the test center?\n> 3. Is AWS10382256 the account that should be corrected?\n")
    emit("caseE-mail9", "resolved", False, E, [],
         "base64 body; resolution with the old numbered questions quoted (candidate ID only in the quote)",
         build(TC_H, ME_P, SE, "Thu, 26 Jun 2025 01:00:00 +0000", text=body, cte="b64", tag="075"))
    # 076 JP survey E
    emit("caseE-mail10", "survey", False, E, [],
         "Japanese survey (ISO-2022-JP) with ご回答ください",
         build("AWS Training and Certification <aws-tc-feedback@amazon.com>", ME_P,
               "AWS トレーニングと認定サポートに関するアンケート(ケース %s)" % E, "Fri, 27 Jun 2025 01:00:00 +0000",
               text=("森川 大地 様\n\n先日はお問い合わせいただきありがとうございました(ケース %s)。\n"
                     "サポートの品質向上のため、1 分程度の簡単なアンケートにご回答ください。\n"
                     "https://survey.aws.training/ja?c=%s\n\nAWS トレーニングと認定\n") % (E, E), cs="iso-2022-jp", tag="076"))
    G = CASE_G
    # 077 ack G (short)
    m77 = emit("caseG-mail1", "acknowledgement", False, G, [],
         "very short ack for a new 15-digit case ('We have opened case N')",
         build(TC_H, ME_P, tc_subj(G), "Mon, 30 Jun 2025 00:40:00 +0000",
               text=("Thank you for contacting Amazon Web Services. We have opened case %s. "
                     "You will hear from us within 24 hours; please don't open a new case for the same request.\n") % G, tag="077"))
    # 078 on_hold with ask, JP keigo
    body = ("森川 大地 様\n\nAWS トレーニングと認定 カスタマーサービスの高橋でございます。\n\n"
            "お問い合わせの候補ID AWS07751390 のアカウントは、AWS パートナーネットワーク(APN)企業であるキタナミシステムズ株式会社の"
            "パートナーセントラルからのシングルサインオンにより再作成されたものと確認いたしました。"
            "APN 企業に紐づくアカウントのため、現在統合作業を保留しております。\n\n"
            "つきましては、同社をすでにご退職済みであることをご確認いただけますでしょうか。"
            "ご確認が取れ次第、統合の手続きを再開いたします。\n\n何卒よろしくお願いいたします。\n\n高橋\n")
    m78 = emit("caseG-mail2", "on_hold", True, G, ["AWS07751390"],
         "Japanese keigo hold (APN SSO re-created account) that asks for confirmation of having left",
         build(TC_H, ME_P, tc_subj(G), "Mon, 30 Jun 2025 06:10:00 +0000", text=body, cs="shift_jis", irt=m77, tag="078"))
    # 079 closing notice G JP plain
    body = ("森川様\n\n6月30日のご連絡について、ご返信をお待ちしております。3営業日以内にご返信がない場合、このケースはクローズします。"
            "ケースを継続する場合は、このメールに返信してください。\n\n高橋\n")
    m79 = emit("caseG-mail3", "closing_notice", True, G, [],
         "plain Japanese closing notice (〜してください), UTF-8 QP",
         build(TC_H, ME_P, tc_subj(G), "Thu, 03 Jul 2025 01:00:00 +0000", text=body, cte="qp", irt=m78, tag="079"))
    # 080 user reply G (JP)
    ub = "高橋様\n\nご連絡が遅くなりました。キタナミシステムズは5月30日付で退職済みです。統合をお願いいたします。\n\n森川"
    ub += gq("2025年7月3日(木) 10:00", TC_H, body)
    m80 = emit("caseG-mail4", "user_reply", False, G, [],
         "owner's Japanese reply with Gmail-Japanese quote header",
         build(ME_P_H, TC, "Re: " + tc_subj(G), "Thu, 03 Jul 2025 02:30:00 +0000", text=ub, auth=None, irt=m79,
               mid_dom="mail.gmail.com", tag="080"))
    # 081 confirmation_request G terse
    body = "Thanks. Merge AWS07751390 into AWS10382256 (keep %s as login)? Yes/no is enough.\n\nTakahashi\n" % ME_P
    m81 = emit("caseG-mail5", "confirmation_request", True, G, ["AWS07751390", "AWS10382256"],
         "terse merge confirmation as a bare yes/no question",
         build(TC_H, ME_P, tc_subj(G), "Thu, 03 Jul 2025 05:45:00 +0000", text=body, irt=m80, tag="081"))
    # 082 user reply G
    ub = "Yes.\n\nDaichi"
    ub += gq("Thu, Jul 3, 2025 at 2:45 PM", TC_H, body)
    m82 = emit("caseG-mail6", "user_reply", False, G, [],
         "one-word confirmation",
         build(ME_P_H, TC, "Re: " + tc_subj(G), "Thu, 03 Jul 2025 06:00:00 +0000", text=ub, auth=None, irt=m81,
               mid_dom="mail.gmail.com", tag="082"))
    # 083 resolved G (multipart, Japanese)
    text = ("森川 大地 様\n\nアカウント AWS07751390 を AWS10382256 に統合いたしました。本件はこれにて解決とさせていただきます。\n"
            "なお、今後 APN 企業のパートナーセントラルにサインインされると、再度アカウントが作成される場合がございますのでご注意ください。\n\n高橋\n")
    html = "<html><body>" + text.replace("\n", "<br>") + "</body></html>"
    emit("caseG-mail7", "resolved", False, G, ["AWS07751390", "AWS10382256"],
         "Japanese multipart completion (統合いたしました / 解決) with a caution that is not an ask",
         build(TC_H, ME_P, tc_subj(G), "Fri, 04 Jul 2025 00:20:00 +0000", text=text, html=html, cte="b64", irt=m82, tag="083"))
    # 084 legacy Acclaim badge expiring
    emit("acclaim-expiring", "badge", False, None, [],
         "legacy youracclaim.com sender; badge expiry reminder",
         build("Acclaim <admin@youracclaim.com>", ME_P, "Your AWS Certified Developer - Associate badge expires soon",
               "Sat, 05 Jul 2025 09:00:00 +0000",
               text=("Hi Daichi,\n\nYour badge AWS Certified Developer - Associate issued by Amazon Web Services Training and "
                     "Certification expires on July 28, 2025. Earn the certification again to receive a new badge.\n\nCredly\n"),
               tag="084"))
batch5()

# ---------------------------------------------------------------- README
def readme():
    from collections import Counter
    kinds = Counter(r[2] for r in ROWS)
    nr = sum(1 for r in ROWS if r[3])
    L = ["me: %s %s" % (ME_P, ME_C), "",
         "# blind-10 held-out corpus", "",
         "Mailbox owner: Daichi Morikawa (森川 大地). Personal address %s; old company address %s "
         "(Kitanami Systems K.K., an APN partner; he left on 2025-05-30). Written blind from DOMAIN.md, the seeds and "
         "BLIND-CORPUS.md only. Regenerate with `python3 gen.py` (standard library only)." % (ME_P, ME_C), "",
         "Candidate IDs: AWS10382256 (personal, kept), AWS04417729 (duplicate personal account), AWS07751390 (company/APN account).", "",
         "## Cases", "",
         "| case | digits | thread |", "|---|---|---|",
         "| %s | 15 | company (APN) account -> personal; filed from the company address; APN hold, handover, JP agent, closing notice, wrong-address reply, merge |" % CASE_C,
         "| %s | 11 | duplicate personal accounts (Credly badges missing): ack -> candidate-ID request -> HTML confirmation -> closing notice -> reply -> merged |" % CASE_A,
         "| %s | 15 | duplicate form submission of the previous case; support asks if it is a duplicate, closes it |" % CASE_B,
         "| %s | 11 | AWS Support Center (console) case about a lost voucher; must be answered in the Support Center; owner's email reply bounces |" % CASE_D,
         "| %s | 11 | Skill Builder transcript merge, short casual agent |" % CASE_F,
         "| %s | 10 | 2021 name-change case reopened by the owner (top-posted over old history); hold, closed, reopened, resolved |" % CASE_E,
         "| %s | 15 | company account re-created by partner SSO; APN hold with ask, closing notice, terse confirmation, merged |" % CASE_G,
         "", "Numbers that are not case numbers: AWS account ID 418295730164 (12 digits), Pearson VUE registration 412883905 (9), "
         "Builder ID code 481920 (6), Credly badge UUIDs, ticket #48213.", "",
         "## Counts", "", "%d messages; needs_reply true: %d." % (len(ROWS), nr), "",
         ", ".join("%s %d" % (k, v) for k, v in sorted(kinds.items())), "",
         "## Messages", "", "| file | kind | reply | case | what it is / what makes it hard |", "|---|---|---|---|---|"]
    for n, name, kind, r, case, note in ROWS:
        L.append("| %s | %s | %s | %s | %s |" % (name, kind, "yes" if r else "no", case or "-", note.replace("|", "/")))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")

readme()
