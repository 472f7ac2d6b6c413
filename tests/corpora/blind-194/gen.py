#!/usr/bin/env python3
"""Blind corpus blind-194: a mailbox whose AWS T&C support agents write mostly in Japanese.
Standard library only. Run: python3 gen.py  (writes NNN-msg.eml / NNN-msg.json next to this script)."""
import base64, datetime, json, os, quopri, collections

OUT = os.path.dirname(os.path.abspath(__file__))
ME_P = "haruka.tsujimoto.0712@gmail.com"
ME_C = "h-tsujimoto@minatomirai-dx.co.jp"
ME_NAME = "辻本 遥"
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_NAME = "AWS Training and Certification"
CONSOLE = "no-reply-aws@amazon.com"

CA = "176094118300527"   # merge case (15 digits, 2025)
CB = "176094262900164"   # duplicate form submission
CC = "17613300725"       # console case, voucher benefit
CD = "8716452093"        # 2021 badge case (10 digits)
CG = "14217730912"       # 2023 name-correction case (11 digits)
CE = "176210554800312"   # AWS Educate form case (other program)
CF = "17622019834"       # billing console case (other topic)
CH = "176250001200388"   # benefits question, closed for no reply

SUBJ_A = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CA
SUBJ_A2 = "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CA
SUBJ_B = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CB
SUBJ_H = "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits" % CH

JST = datetime.timezone(datetime.timedelta(hours=9))
UTC = datetime.timezone.utc

CODEC = {"ISO-2022-JP": "iso2022_jp", "Shift_JIS": "cp932", "UTF-8": "utf-8", "us-ascii": "ascii"}


def ehdr(s, cs="UTF-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    words, chunk = [], ""
    for ch in s:
        chunk += ch
        if len(chunk) >= 11:
            words.append(chunk); chunk = ""
    if chunk:
        words.append(chunk)
    out = []
    for w in words:
        b = base64.b64encode(w.encode(CODEC[cs])).decode()
        out.append("=?%s?B?%s?=" % (cs, b))
    return "\n ".join(out)


def addr(name, a, cs="UTF-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()'):
            name = '"%s"' % name
        return "%s <%s>" % (name, a)
    except UnicodeEncodeError:
        return "%s <%s>" % (ehdr(name, cs), a)


def leaf(ctype, text, cs="UTF-8", cte="base64"):
    raw = text.encode(CODEC[cs])
    if cte == "base64":
        body = base64.encodebytes(raw).decode()
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw).decode("ascii")
    else:
        body = raw.decode("latin-1")  # 7bit/8bit: keep bytes as-is
    hdr = ["Content-Type: text/%s; charset=%s" % (ctype, '"%s"' % cs if cs == "UTF-8" and ctype == "html" else cs),
           "Content-Transfer-Encoding: %s" % cte]
    return hdr, body


def multipart(sub, parts, boundary):
    hdr = ['Content-Type: multipart/%s;\n\tboundary="%s"' % (sub, boundary)]
    body = "This is a multi-part message in MIME format.\n\n" if sub == "mixed" else ""
    for ph, pb in parts:
        body += "--%s\n%s\n\n%s\n" % (boundary, "\n".join(ph), pb.rstrip("\n"))
    body += "--%s--\n" % boundary
    return hdr, body


def auth_gmail(dom, ok=True, dmarc_fail=False, spf_dom=None):
    spf_dom = spf_dom or dom
    if dmarc_fail:
        return ("Authentication-Results: mx.google.com;\n       dkim=fail header.i=@%s header.s=rtiuf6 header.b=Qx2mLp0a;\n"
                "       spf=fail (google.com: domain of bounce@%s does not designate 185.220.101.47 as permitted sender) smtp.mailfrom=bounce@%s;\n"
                "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s" % (dom, spf_dom, spf_dom, dom))
    return ("Authentication-Results: mx.google.com;\n       dkim=pass header.i=@%s header.s=%s header.b=%s;\n"
            "       spf=pass (google.com: domain of bounce@%s designates 54.240.8.%d as permitted sender) smtp.mailfrom=bounce@%s;\n"
            "       dmarc=pass (p=%s sp=%s dis=NONE) header.from=%s"
            % (dom, "224i4yxa5dv7c2xz3womw6peuasteono" if "amazon" in dom else "s1", "Jk3vYq8Z", spf_dom, 20 + len(dom), spf_dom,
               "QUARANTINE" if "amazon" in dom else "NONE", "QUARANTINE" if "amazon" in dom else "NONE", dom))


def auth_m365(dom, ok=True):
    r = "pass" if ok else "fail"
    return ("Authentication-Results: spf=%s (sender IP is 54.240.27.11)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n"
            " header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s reason=100" % (r, dom, r, dom, r, dom, r))


MSGS = []
IDS = {}


def M(date, frm, to, subject, body, kind, reply=False, case=None, cands=(), cs="UTF-8", key=None, irt=None,
      refs=None, extra=(), note="", crlf=True, auth=None, cc=None, mid_dom=None):
    MSGS.append(dict(date=date, frm=frm, to=to, subject=subject, body=body, kind=kind, reply=reply, case=case,
                     cands=list(cands), cs=cs, key=key, irt=irt, refs=refs, extra=list(extra), note=note, crlf=crlf,
                     auth=auth, cc=cc, mid_dom=mid_dom))


def q(text, p="> "):
    return "\n".join((p + l) if l else p.rstrip() for l in text.strip("\n").split("\n"))


def d(y, mo, dd, h, mi, tz=JST):
    return datetime.datetime(y, mo, dd, h, mi, (mo * 7 + dd * 3 + mi) % 60, tzinfo=tz)


def P(text, cs="UTF-8", cte="base64"):
    return ("leaf", "plain", text, cs, cte)


def H(html, cs="UTF-8", cte="quoted-printable"):
    return ("leaf", "html", html, cs, cte)


def ALT(text, html, cs="UTF-8", cte="quoted-printable"):
    return ("alt", text, html, cs, cte)


def build_body(spec, n):
    if spec[0] == "leaf":
        return leaf(spec[1], spec[2], spec[3], spec[4])
    if spec[0] == "alt":
        _, t, h, cs, cte = spec
        return multipart("alternative", [leaf("plain", t, cs, cte), leaf("html", h, cs, cte)], "----=_Part_%d_19%06d.17%d" % (n, n * 7919, n))
    if spec[0] == "mixed":
        return multipart("mixed", [build_body(s, n + 500) for s in spec[1]], "_mixed_%04d_%s" % (n, "b7Qz"))
    raise ValueError(spec)


# ---------------------------------------------------------------- signatures / templates
SIG_JP = "\n\n--\nAmazon Web Services トレーニングと認定\nカスタマーサービス\n"
SIG_JP2 = "\n\n========================================\nAWS トレーニングと認定 サポートチーム\nhttps://aws.amazon.com/jp/training/\n========================================\n"
SIG_EN = "\n\nBest regards,\n%s\nAWS Training and Certification Customer Service\n"
CONSOLE_FOOT_JP = ("\n\nこのケースへの返信や詳細の確認は、サポートセンターから行ってください:\n"
                   "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n\n"
                   "*このメールアドレスは受信メールを受け付けることができません。このメールには返信しないでください。"
                   "サポートセンターのリンクからご返信ください。\n\nAmazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。\n")
CONSOLE_FOOT_EN = ("\n\nTo see all the details of this case or to add a correspondence, please use the AWS Support Center:\n"
                   "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
                   "*Please note: this e-mail was sent from an address that cannot accept incoming e-mails. "
                   "Please use the link above if you need to contact us again about this same issue.\n\n"
                   "Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.\n")

# ============================================================== 2021 archive
M(d(2021, 6, 14, 9, 2, UTC), ("Credly", "admin@youracclaim.com"), ME_C,
  "Haruka, you've been awarded a badge from Amazon Web Services Training and Certification",
  ALT("Hello Haruka,\n\nAmazon Web Services Training and Certification has issued you a badge:\n\n"
      "AWS Certified Solutions Architect - Associate\n\nAccept your badge to share it on LinkedIn, add it to your e-mail signature and more.\n\n"
      "Accept badge: https://www.youracclaim.com/earner/earned/badge/4f1c9a2e-7d41-4c0e-9a55-0e8b3d2f6a11\n\n"
      "Credly, Inc. | 1 E Main St, Suite 501, Wilmington DE\n",
      "<html><body><p>Hello Haruka,</p><p>Amazon Web Services Training and Certification has issued you a badge:</p>"
      "<h2>AWS Certified Solutions Architect - Associate</h2><p><a href=\"https://www.youracclaim.com/earner/earned/badge/4f1c9a2e-7d41-4c0e-9a55-0e8b3d2f6a11\">Accept badge</a></p>"
      "<p style=\"font-size:11px;color:#888\">Credly, Inc.</p></body></html>", "us-ascii", "7bit"),
  "badge", auth=auth_m365("youracclaim.com"), note="old Acclaim sender address; English")

M(d(2021, 9, 2, 11, 40, UTC), (TC_NAME, TC), ME_C,
  "[CASE %s] [AWS Training and Certification Form Submission] - digital-badges" % CD,
  P("Hello,\n\nThank you for contacting AWS Training and Certification. We have opened case %s to address your request.\n\n"
    "The details of your case are as follows:\n\nCase ID: %s\nSubject: digital-badges\nSeverity: Normal\nCorrespondence: "
    "My SAA badge was not sent to Credly although the exam was passed on 2021-06-10. Candidate ID AWS03817264.\n\n"
    "We strive to respond within 24 hours. Please do not create another case for the same issue.\n\n"
    "Sincerely,\nAWS Training and Certification\n" % (CD, CD), "us-ascii", "7bit"),
  "acknowledgement", case=CD, key="D1", auth=auth_m365("amazon.com"), crlf=True,
  note="10-digit case from 2021; the candidate ID is inside the echoed form text (support's own new text), so it is listed")
MSGS[-1]["cands"] = ["AWS03817264"]

M(d(2021, 9, 3, 2, 15, UTC), ("Diego M.", TC), ME_C,
  "RE:[CASE %s] [AWS Training and Certification Form Submission] - digital-badges" % CD,
  P("Hi Haruka,\n\nThanks for your patience. I re-sent the badge invitation for AWS Certified Solutions Architect - Associate "
    "to the email on your certification profile. The issue on our side has been corrected, and the badge should now be visible "
    "in Credly.\n\nIf anything else comes up, feel free to reply to this email and I will be happy to take a look.\n"
    + SIG_EN % "Diego M.", "us-ascii", "7bit"),
  "resolved", case=CD, irt="D1", auth=auth_m365("amazon.com"),
  note="'feel free to reply' is a conditional invitation -> no reply needed")

# ============================================================== 2023: name correction case G (Japanese)
M(d(2023, 4, 11, 21, 5, UTC), ("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
  "AWS Certification: Congratulations! You are now AWS Certified Developer - Associate",
  H("<html><body><p>Dear Haruka Tsujimoto,</p><p>Congratulations on earning the <b>AWS Certified Developer - Associate</b> certification.</p>"
    "<p>Your digital certificate and benefits are available in your AWS Certification Account. Validation number: 7QW2LBC1XF41Q5S9</p>"
    "<p>Candidate ID: AWS03817264</p><p>AWS Certification</p></body></html>", "UTF-8", "quoted-printable"),
  "certification", cands=["AWS03817264"], auth=auth_m365("certmetrics.com"), note="HTML-only exam result with a candidate ID; not a case")

g_ack = ("辻本 遥 様\n\nAWS トレーニングと認定にお問い合わせいただきありがとうございます。\n"
         "ケース %s を作成いたしました。\n\nケースの詳細は以下のとおりです。\n\nケース ID: %s\n件名: 認定証の氏名表記について\n\n"
         "通常 24 時間以内にご回答いたします。内容により、お時間をいただく場合がございます。\n"
         "すでに同じ内容でケースを作成されている場合は、別のケースを作成しないでください。\n" % (CG, CG))
M(d(2023, 5, 8, 10, 12), ("AWS トレーニングと認定", TC), ME_C,
  "[CASE %s] [AWS Training and Certification Form Submission] - certification-records" % CG,
  P(g_ack + SIG_JP, "UTF-8", "base64"), "acknowledgement", case=CG, key="G1", auth=auth_m365("amazon.com"),
  note="Japanese auto-acknowledgement, UTF-8 base64, 11-digit case")

g_req = ("辻本 様\n\nお世話になっております。AWS トレーニングと認定サポートの林でございます。\n\n"
         "認定証に記載されるお名前のローマ字表記修正のご依頼を承りました。\n"
         "修正にあたり、ご本人確認のため下記の2点について教えていただけますでしょうか。\n\n"
         "1. 公的身分証明書（パスポート等）に記載されているとおりのローマ字氏名\n"
         "2. 修正対象となる認定アカウントの AWS 候補 ID（AWS から始まる 8 桁の番号）\n\n"
         "お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。\n\n林\n")
M(d(2023, 5, 9, 14, 33), ("AWS トレーニングと認定", TC), ME_C,
  "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-records" % CG,
  P(g_req + SIG_JP, "UTF-8", "quoted-printable"), "info_request", reply=True, case=CG, key="G2", irt="G1",
  auth=auth_m365("amazon.com"), note="keigo request (教えていただけますでしょうか) for ID name and candidate ID")

M(d(2023, 5, 9, 17, 48), (ME_NAME, ME_C), TC,
  "RE: [CASE %s] [AWS Training and Certification Form Submission] - certification-records" % CG,
  P("林 様\n\nご連絡ありがとうございます。辻本です。\n\n1. パスポート表記: TSUJIMOTO HARUKA\n2. AWS 候補 ID: AWS03817264\n\n"
    "現在の認定証では HARUKA TSUJIMOTO ではなく \"HARUKA TSUJIMOTTO\" となっております。\nお手数ですがよろしくお願いいたします。\n\n"
    "辻本 遥\n株式会社みなとみらいDX\n\n"
    "-----Original Message-----\nFrom: AWS トレーニングと認定 <%s>\nSent: Tuesday, May 9, 2023 2:33 PM\nTo: %s\nSubject: RE:[CASE %s] ...\n\n%s\n"
    % (TC, ME_C, CG, g_req), "ISO-2022-JP", "7bit"),
  "user_reply", case=CG, cands=["AWS03817264"], key="G3", irt="G2", note="owner's Outlook-style reply in ISO-2022-JP with the answer")

M(d(2023, 5, 11, 9, 20), ("AWS トレーニングと認定", TC), ME_C,
  "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-records" % CG,
  P("辻本 様\n\nご回答ありがとうございました。\n認定アカウント上のお名前を「HARUKA TSUJIMOTO」に修正いたしました。"
    "認定証 PDF は次回ダウンロード時から新しい表記で発行されます。\n本件について、お客様に追加でご対応いただくことはございません。\n\n林\n"
    + SIG_JP + "\n---- 以前のメッセージ ----\n" + q(g_req), "UTF-8", "base64"),
  "resolved", case=CG, irt="G3", auth=auth_m365("amazon.com"),
  note="resolution that quotes the earlier request (教えていただけますでしょうか) below a separator")

M(d(2023, 5, 12, 3, 0, UTC), ("AWS Training and Certification", "aws-cs-trainingcertification-survey@amazon.com"), ME_C,
  "How did we do? Case %s" % CG,
  ALT("Hello,\n\nYour recent case %s with AWS Training and Certification has been resolved. Please take two minutes to rate the support you received.\n\n"
      "Take the survey: https://survey.amazon.com/t/aBcD3fGh?case=%s\n\nThis is an automated message.\n" % (CG, CG),
      "<html><body><p>Hello,</p><p>Your recent case %s with AWS Training and Certification has been resolved. Please take two minutes to rate the support you received.</p>"
      "<p><a href=\"https://survey.amazon.com/t/aBcD3fGh?case=%s\">Take the survey</a></p></body></html>" % (CG, CG), "us-ascii", "7bit"),
  "survey", case=CG, auth=auth_m365("amazon.com"), note="English survey after a Japanese case")

# ============================================================== 2025 run-up
M(d(2025, 10, 14, 8, 0), ("AWS Japan", "aws-marketing-email-replies@amazon.com"), ME_P,
  "【AWS】11 月開催ウェビナーのご案内 ー 生成 AI 入門から認定対策まで",
  ALT("AWS ウェビナーのご案内\n\n11 月も多数のオンラインセッションを開催します。お申し込みはこちら: https://aws.amazon.com/jp/events/\n\n"
      "配信停止をご希望の場合は、こちらから手続きしてください。\n",
      "<html><body><h1>11 月開催ウェビナー</h1><p>生成 AI 入門から AWS 認定対策まで、多数のセッションをご用意しています。</p>"
      "<p><a href=\"https://aws.amazon.com/jp/events/\">今すぐ登録</a></p><p style=\"font-size:10px\">配信停止</p></body></html>"),
  "unrelated", auth=auth_gmail("amazon.com"), note="AWS marketing in Japanese")

M(d(2025, 10, 15, 18, 22), ("佐々木 健", "k-sasaki@minatomirai-dx.co.jp"), ME_C,
  "Re: 退職前の引継ぎについて",
  P("辻本さん\n\nお疲れさまです。佐々木です。\n引継ぎ資料ありがとうございます。10/29 の午後に 30 分ほどお時間いただけますか？\n"
    "AWS 認定の件はパートナー管理者の大野さんに伝えておきました。\n\n佐々木\n", "ISO-2022-JP", "7bit"),
  "unrelated", auth=auth_m365("minatomirai-dx.co.jp"), note="colleague asks a question in Japanese; not support")

M(d(2025, 10, 17, 20, 3), ("AWS", "no-reply@signin.aws"), ME_P,
  "Verify your AWS Builder ID email address",
  ALT("Hello,\n\nTo finish creating your AWS Builder ID, enter this verification code:\n\n482913\n\nThe code expires in 30 minutes.\n",
      "<html><body><p>To finish creating your AWS Builder ID, enter this verification code:</p><p style=\"font-size:24px\"><b>482913</b></p></body></html>",
      "us-ascii", "7bit"),
  "unrelated", auth=auth_gmail("signin.aws"), note="Builder ID one-time code (6 digits)")

M(d(2025, 10, 17, 20, 31), ("AWS Training and Certification", "no-reply@aws.training"), ME_P,
  "Welcome to AWS Skill Builder",
  H("<html><body><p>Hi Haruka,</p><p>Welcome to AWS Skill Builder. Your account is ready; start learning with over 600 free courses.</p></body></html>"),
  "unrelated", auth=auth_gmail("aws.training"), note="training platform welcome")

# ============================================================== case A / B opened
a_ack = ("AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。\n\n"
         "お客様のお問い合わせについて、ケース %s を作成しました。\n\n"
         "ケースの詳細:\n------------------------------\nケース ID: %s\nお問い合わせタイプ: AWS トレーニングと認定\nその他の詳細: アカウントの統合\n"
         "内容: I am leaving my company at the end of October and would like to merge my company certification account into my personal one.\n"
         "Email addresses: %s / %s\nKeep: %s\n------------------------------\n\n"
         "通常 24 時間以内にご連絡いたしますが、最適な解決策をご案内するためにお時間をいただく場合がございます。\n"
         "すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。\n")
M(d(2025, 10, 20, 15, 19), ("AWS Training and Certification", TC), ME_P,
  "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CA,
  P(a_ack % (CA, CA, ME_C, ME_P, ME_P) + SIG_JP, "ISO-2022-JP", "7bit"),
  "acknowledgement", case=CA, key="A1", auth=auth_gmail("amazon.com"),
  note="ISO-2022-JP auto-acknowledgement; 'do not open another case' sentence is not a request")

M(d(2025, 10, 20, 15, 43), ("AWS Training and Certification", TC), ME_P,
  "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CB,
  P(a_ack % (CB, CB, ME_C, ME_P, ME_P) + SIG_JP, "ISO-2022-JP", "7bit"),
  "acknowledgement", case=CB, key="B1", auth=auth_gmail("amazon.com"),
  note="second acknowledgement for the same request = duplicate case (still an acknowledgement)")

M(d(2025, 10, 20, 16, 2), (ME_NAME, ME_P), TC,
  "Re: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CB,
  P("Hello,\n\nI submitted the form twice by mistake. Please close this case; case %s is the one for my request.\n\n"
    "Haruka Tsujimoto\n\n2025年10月20日(月) 15:43 AWS Training and Certification <%s>:\n\n%s\n" % (CA, TC, q(a_ack % (CB, CB, ME_C, ME_P, ME_P))),
    "UTF-8", "quoted-printable"),
  "user_reply", case=CB, key="B2", irt="B1", crlf=False,
  note="owner asks to close the duplicate; mentions the other case number in text; Gmail JP quote header")

M(d(2025, 10, 21, 10, 8), ("AWS Training and Certification", TC), ME_P, SUBJ_B,
  P("辻本様\n\nご連絡ありがとうございます。\n重複して作成されたケースのため、本ケース（%s）はクローズいたしました。"
    "お問い合わせの内容は、ケース %s にて引き続き対応いたします。\n\n"
    "ご不明な点がございましたら、ケース %s のメールにご返信ください。\n\n高橋" % (CB, CA, CA) + SIG_JP, "UTF-8", "base64"),
  "case_update", case=CB, irt="B2", auth=auth_gmail("amazon.com"),
  note="duplicate closed and linked: 'closed' but not for silence, so not a closing_notice; 〜がございましたら conditional")

hold1 = ("辻本 遥 様\n\nいつも AWS をご利用いただき、誠にありがとうございます。\nAWS トレーニングと認定サポートの佐藤でございます。\n\n"
         "お問い合わせいただいた認定アカウントの統合について確認いたしましたところ、統合元のアカウント（%s）は "
         "AWS パートナーネットワーク（APN）に登録されている企業様のアカウントと関連付けられております。\n"
         "そのため、パートナー企業様の管理者による関連付け解除の手続きが完了するまで、本ケースを一時保留とさせていただきます。\n\n"
         "なお、パートナー企業様への確認にあたり、ご退職の予定日をお知らせいただけますと幸いです。\n\n"
         "パートナー側の手続きが完了しましたら、こちらから改めてご連絡いたします。\n"
         "何卒よろしくお願い申し上げます。\n\n佐藤 美咲\n" % ME_C)
M(d(2025, 10, 21, 11, 36), ("AWS Training and Certification", TC), ME_P, SUBJ_A,
  P(hold1 + SIG_JP2, "ISO-2022-JP", "7bit"),
  "on_hold", reply=True, case=CA, key="A2", irt="A1", auth=auth_gmail("amazon.com"),
  note="APN partner hold with one question buried in the middle (お知らせいただけますと幸いです) -> on_hold but needs_reply")

M(d(2025, 10, 21, 13, 0, UTC), ("Minato-DX/infra-tools", "notifications@github.com"), ME_C,
  "Re: [Minato-DX/infra-tools] Merge account sync scripts into main (PR #412)",
  ALT("Merged #412 into main.\n\n--\nReply to this email directly, view it on GitHub:\nhttps://github.com/Minato-DX/infra-tools/pull/412#event-1834\n",
      "<p>Merged <a href=\"https://github.com/Minato-DX/infra-tools/pull/412\">#412</a> into main.</p>", "UTF-8", "quoted-printable"),
  "unrelated", auth=auth_m365("github.com"), note="GitHub 'merged' with 'Reply to this email' footer")

u1 = ("佐藤様\n\nご連絡ありがとうございます。辻本です。\n\n退職日は 2025年10月31日 の予定です。会社のメールアドレスも同日で利用できなくなります。\n"
      "統合元（会社）のアカウントの候補 ID は AWS03817264、統合先（個人）は AWS11592038 です。\n\n"
      "パートナー管理者（大野）にも本日連絡済みです。\nよろしくお願いいたします。\n\n辻本 遥\n")
M(d(2025, 10, 22, 9, 14), (ME_NAME, ME_P), TC, "Re: " + SUBJ_A,
  P(u1 + "\n2025年10月21日(火) 11:36 AWS Training and Certification <%s>:\n\n%s\n" % (TC, q(hold1)), "UTF-8", "base64"),
  "user_reply", case=CA, cands=["AWS03817264", "AWS11592038"], key="A3", irt="A2", crlf=False,
  note="owner answers in Japanese with both candidate IDs")

M(d(2025, 10, 22, 17, 55), ("AWS Training and Certification", TC), ME_P, SUBJ_A,
  P("辻本様\n\nご返信ありがとうございます。ご退職予定日を承知いたしました。\n\n"
    "現在、パートナー企業様の管理者による手続きをお待ちしている状況です。引き続き保留とさせていただきますが、"
    "お客様にご対応いただくことは現時点ではございません。進展があり次第ご連絡いたします。\n\n佐藤\n" + SIG_JP2
    + "\n\n2025/10/22 9:14、辻本 遥 <%s> のメッセージ:\n%s" % (ME_P, q(u1)), "Shift_JIS", "base64"),
  "on_hold", case=CA, key="A4", irt="A3", auth=auth_gmail("amazon.com"),
  note="Shift_JIS hold continues, explicitly nothing to do; quotes owner's text with candidate IDs (not listed)")

M(d(2025, 10, 23, 7, 30), ("Pearson VUE", "noreply@pearsonvue.com"), ME_P,
  "Reminder: Your AWS Certified Solutions Architect - Professional exam appointment",
  P("Dear Haruka Tsujimoto,\n\nThis is a reminder of your upcoming exam.\n\nExam: AWS Certified Solutions Architect - Professional (SAP-C02)\n"
    "Date: Thursday, November 13, 2025 10:00 AM JST\nRegistration ID: 316624089\nLocation: Online (OnVUE)\n\n"
    "Please run the system test before your appointment. Candidate ID: AWS11592038\n\nPearson VUE\n", "us-ascii", "7bit"),
  "unrelated", cands=["AWS11592038"], auth=auth_gmail("pearsonvue.com"),
  note="exam vendor reminder; 9-digit registration ID is not a case; candidate ID listed because it is in the text")

M(d(2025, 10, 23, 12, 4), ("AWS認定サポート", "support@aws-certification-jp.com"), ME_P,
  "【重要】AWS認定アカウント統合のご本人確認のお願い",
  H("<html><body><p>辻本 遥 様</p><p>AWS認定アカウントの統合手続きを完了するため、24時間以内に下記よりサインインし、ご本人確認を行ってください。</p>"
    "<p><a href=\"http://aws-certification-jp.com/signin/verify?u=haruka\">本人確認を行う</a></p>"
    "<p>期限内にご確認いただけない場合、保有資格が失効します。</p><p>AWS トレーニングと認定</p></body></html>", "UTF-8", "base64"),
  "suspicious", auth=auth_gmail("aws-certification-jp.com"),
  note="lookalike domain, passes its own DKIM, urgent credential request in Japanese")

M(d(2025, 10, 24, 8, 0), ("connpass", "no-reply@connpass.com"), ME_P,
  "【connpass】JAWS-UG 横浜 #82 への参加登録が完了しました",
  P("辻本 遥 さん\n\nJAWS-UG 横浜 #82 「AWS 認定を語る夜」への参加登録が完了しました。\n日時: 2025/11/20 19:00〜\n\nconnpass\n", "UTF-8", "base64"),
  "unrelated", auth=auth_gmail("connpass.com"), note="community event about AWS certification")

M(d(2025, 10, 24, 16, 12), ("AWS Training and Certification", TC), ME_P, SUBJ_A,
  P("辻本様\n\nお待たせいたしました。パートナー企業様の管理者より手続き完了のご連絡をいただきましたので、保留を解除いたしました。\n"
    "これより統合に向けた確認作業を進めてまいります。準備が整いましたら、統合内容の確認についてご連絡いたします。\n\n佐藤\n" + SIG_JP,
    "UTF-8", "quoted-printable"),
  "case_update", case=CA, key="A5", irt="A4", auth=auth_gmail("amazon.com"),
  note="hold lifted; announces a future confirmation request but asks nothing now")

conf_html = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:'Meiryo',sans-serif\">"
             "<p>辻本 遥 様</p><p>AWS トレーニングと認定サポートの高橋と申します。<br>統合の準備が整いましたので、ご確認をお願いいたします。</p>"
             "<p>お客様のメールアドレスに関連する認定アカウントを検索したところ、以下の 3 件が見つかりました。</p>"
             "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">"
             "<tr><th></th><th>Account #1</th><th>Account #2</th><th>Account #3</th></tr>"
             "<tr><td>候補 ID</td><td>AWS11592038</td><td>AWS03817264</td><td>AWS07720451</td></tr>"
             "<tr><td>Login email</td><td>%s</td><td>%s</td><td>%s</td></tr>"
             "<tr><td>Training notification email</td><td>%s</td><td>%s</td><td>%s</td></tr>"
             "<tr><td>Certification notification email</td><td>%s</td><td>%s</td><td>(未設定)</td></tr></table>"
             "<p>Account #3 は 2023 年に APN の SSO 経由で作成されたと思われるアカウントで、受験履歴はございません。</p>"
             "<p>3 件ともお客様ご本人のアカウントで相違ないか、またすべてを Account #1 に統合してよろしいか、"
             "本メールへのご返信にてお知らせくださいますようお願い申し上げます。</p>"
             "<p>ご確認いただけ次第、統合作業を実施いたします。</p><p>高橋 直樹<br>AWS トレーニングと認定 カスタマーサービス</p></body></html>"
             % (ME_P, ME_C, ME_C, ME_P, ME_C, ME_C, ME_P, ME_C))
M(d(2025, 10, 25, 10, 41), ("AWS Training and Certification", TC), ME_P, SUBJ_A,
  H(conf_html, "UTF-8", "quoted-printable"),
  "confirmation_request", reply=True, case=CA, cands=["AWS11592038", "AWS03817264", "AWS07720451"], key="A6", irt="A5",
  auth=auth_gmail("amazon.com"), note="HTML-only table of three accounts; お知らせくださいますようお願い申し上げます")

M(d(2025, 10, 26, 9, 0), ("大野 真理子", "m-ohno@minatomirai-dx.co.jp"), ME_C,
  "自動応答: AWS 認定アカウントの件",
  P("大野は 10/26〜10/28 まで休暇をいただいております。\nお急ぎの場合は partner-admin@minatomirai-dx.co.jp までご連絡ください。\n", "ISO-2022-JP", "7bit"),
  "unrelated", auth=auth_m365("minatomirai-dx.co.jp"), extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
  note="colleague's out-of-office mentioning AWS 認定")

M(d(2025, 10, 27, 6, 12, UTC), ("Amazon Web Services", "aws-billing@amazon.com"), ME_P,
  "Amazon Web Services Billing Statement Available [AWS ID 402918377160]",
  P("Greetings from Amazon Web Services,\n\nThis e-mail confirms that your latest billing statement is available on the AWS web site. "
    "Your account will be charged the following:\n\nTotal: $3.82\n\nYou can see a complete break down of all charges on the Billing & Cost Management page.\n\n"
    "Thank you for using Amazon Web Services.\n", "us-ascii", "7bit"),
  "unrelated", auth=auth_gmail("amazon.com"), note="billing; 12-digit account ID is not a case number")

rem1 = ("辻本様\n\n10 月 25 日にお送りした統合内容の確認について、まだご返信をいただけていないようでしたのでご連絡いたしました。\n\n"
        "11 月 1 日（土）までにご返信が確認できない場合、本ケースはクローズさせていただきます。"
        "クローズ後であっても、このメールにご返信いただければケースは再開されます。\n\n"
        "会社のメールアドレスのご利用期限が近いとのことでしたので、お早めにご確認いただけますと幸いです。\n\n高橋\n")
M(d(2025, 10, 28, 9, 5), ("AWS Training and Certification", TC), ME_P, SUBJ_A2,
  P(rem1 + SIG_JP, "ISO-2022-JP", "7bit"),
  "closing_notice", reply=True, case=CA, key="A7", irt="A6", auth=auth_gmail("amazon.com"),
  note="reminder with a close date; RE: [CASE with a space")

u_wrong = ("高橋様\n\nお世話になっております。辻本です。\n確認いたしました。3 件とも私のアカウントです。Account #1 への統合をお願いいたします。\n\n辻本\n")
M(d(2025, 10, 28, 12, 30), (ME_NAME, ME_C), TC, "RE: " + SUBJ_A2,
  P(u_wrong + "\n________________________________\n差出人: AWS Training and Certification <%s>\n送信日時: 2025年10月28日 9:05\n宛先: %s\n件名: %s\n\n%s"
    % (TC, ME_P, SUBJ_A2, rem1), "ISO-2022-JP", "7bit"),
  "user_reply", case=CA, key="A8", irt="A7",
  note="owner confirms but from the company address (forwarded copy of the reminder); Outlook JP header block, not > quoted")

wrongaddr = ("辻本様\n\nご返信ありがとうございます。\n恐れ入りますが、本ケースはご登録時の個人のメールアドレス（%s）で受け付けております。"
             "セキュリティ上の理由から、会社のメールアドレスからのご返信では統合のご意思を確認できかねます。\n\n"
             "お手数ですが、%s から本メールの件名のままご返信ください。\n\n高橋\n" % (ME_P, ME_P))
M(d(2025, 10, 28, 14, 2), ("AWS Training and Certification", TC), ME_C, SUBJ_A,
  P(wrongaddr + SIG_JP + "\n-----Original Message-----\n" + u_wrong, "UTF-8", "base64"),
  "info_request", reply=True, case=CA, key="A9", irt="A8", auth=auth_m365("amazon.com"),
  note="sent to the company address: asks to write from the personal address (plain ください, no question mark)")

u_ok = "Confirmed. All three accounts are mine. Please merge Account #2 and Account #3 into Account #1 (AWS11592038).\n\nHaruka Tsujimoto\n"
M(d(2025, 10, 28, 19, 47), ("Haruka Tsujimoto", ME_P), TC, "Re: " + SUBJ_A,
  P(u_ok + "\nOn Tue, Oct 28, 2025 at 2:02 PM AWS Training and Certification <%s> wrote:\n%s\n\n%s\n"
    % (TC, q(wrongaddr), q(q(rem1))), "UTF-8", "quoted-printable"),
  "user_reply", case=CA, cands=["AWS11592038"], key="A10", irt="A9", crlf=False,
  note="English confirmation top-posted over nested Japanese quotes")

u_ok_q = u_ok
M(d(2025, 10, 29, 9, 11), ("AWS Training and Certification", TC), ME_P, SUBJ_A,
  P("Haruka 様\n\nご確認ありがとうございます。統合作業を担当チームにて開始いたしました。\n完了までに 1〜2 営業日ほどお時間をいただく見込みです。完了しましたら改めてご連絡いたします。\n\n高橋\n"
    + SIG_JP + "\n> " + u_ok_q.replace("\n", "\n> "), "UTF-8", "base64"),
  "case_update", case=CA, key="A11", irt="A10", auth=auth_gmail("amazon.com"),
  note="acknowledges the confirmation and says work is in progress (not an acknowledgement of a new case)")

res_a = ("辻本 遥 様\n\nお待たせいたしました。すべてのアカウントの統合が正常に完了いたしました。\n\n"
         "統合後のアカウント: Account #1（%s / AWS11592038）\n\n"
         "受験履歴、取得済みの認定、特典が統合後のアカウントに反映されていることをご確認ください。"
         "Credly のデジタルバッジは数時間以内に新しいメールアドレスへ再発行されます。\n"
         "なお、本件でお客様に追加でご対応いただく必要はございません。\n\n高橋 直樹\n" % ME_P)
conf_txt_for_quote = ("3 件ともお客様ご本人のアカウントで相違ないか、またすべてを Account #1 に統合してよろしいか、"
                      "本メールへのご返信にてお知らせくださいますようお願い申し上げます。\n"
                      "Account #1 Login email: %s\nAccount #2 Login email: %s\nAccount #3 Login email: %s\n" % (ME_P, ME_C, ME_C))
M(d(2025, 10, 29, 15, 26), ("AWS Training and Certification", TC), ME_P, SUBJ_A,
  ALT(res_a + SIG_JP + "\n\n-------- 元のメッセージ --------\n" + q(conf_txt_for_quote),
      "<html><body><p>" + res_a.replace("\n", "<br>") + "</p><hr><blockquote>" + conf_txt_for_quote.replace("\n", "<br>") + "</blockquote></body></html>",
      "UTF-8", "quoted-printable"),
  "resolved", case=CA, cands=["AWS11592038"], key="A12", irt="A11", auth=auth_gmail("amazon.com"),
  note="merge done; quotes the old confirmation request underneath (trap)")

for i, (badge, t) in enumerate([("AWS Certified Solutions Architect - Associate", (15, 58)), ("AWS Certified Developer - Associate", (15, 59))]):
    M(d(2025, 10, 29, t[0], t[1]), ("Credly", "admin@credly.com"), ME_P,
      "Haruka, claim your %s badge" % badge.replace("AWS Certified ", ""),
      ALT("Amazon Web Services Training and Certification has issued you a new badge: %s.\n\nAccept your badge: https://www.credly.com/earner/earned/badge/%s\n\nCredly\n" % (badge, ["9d2e6c7a-1b3f-4a8e-b2d1-5c6f7e8a9b01", "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"][i]),
          "<html><body><h2>%s</h2><p>Issued by Amazon Web Services Training and Certification</p><p><a href=\"https://www.credly.com/\">Accept badge</a></p></body></html>" % badge,
          "us-ascii", "7bit"),
      "badge", auth=auth_gmail("credly.com"), note="Credly re-issue after the merge")

M(d(2025, 10, 30, 10, 0), ("AWS Training and Certification", "aws-cs-trainingcertification-survey@amazon.com"), ME_P,
  "サポートに関するアンケートのお願い（ケース %s）" % CA,
  H("<html><body><p>辻本 遥 様</p><p>先日はAWS トレーニングと認定にお問い合わせいただきありがとうございました。</p>"
    "<p>今後のサービス向上のため、ケース %s の対応についてアンケートへのご協力をお願いいたします（所要時間 約 2 分）。</p>"
    "<p><a href=\"https://survey.amazon.com/t/jp7Yt2?case=%s\">アンケートに回答する</a></p>"
    "<p>このメールは送信専用アドレスから送信しています。</p></body></html>" % (CA, CA), "UTF-8", "base64"),
  "survey", case=CA, auth=auth_gmail("amazon.com"), note="Japanese survey worded as お願い — a request, but a survey")

M(d(2025, 10, 31, 17, 40), (ME_NAME, ME_C), [ME_P],
  "Fwd: " + SUBJ_A,
  P("自分用メモ: 認定アカウント統合完了の控え。会社アドレスは本日で停止。\n\n---------- Forwarded message ---------\n"
    "From: AWS Training and Certification <%s>\nDate: 2025年10月29日(水) 15:26\nSubject: %s\nTo: <%s>\n\n%s" % (TC, SUBJ_A, ME_P, res_a),
    "UTF-8", "base64"),
  "user_reply", case=CA, key="A13", note="owner forwards the resolution to herself; forwarded body is not new text (no candidate IDs listed)")

M(d(2025, 10, 31, 18, 5), ("佐々木 健", "k-sasaki@minatomirai-dx.co.jp"), [ME_C, "dev-all@minatomirai-dx.co.jp"],
  "辻本さん送別のご案内",
  P("各位\n\n本日最終出社の辻本さんの送別会を 11/7(金) 19:00 から行います。参加可否を木曜までにご返信ください。\n\n佐々木\n", "Shift_JIS", "base64"),
  "unrelated", auth=auth_m365("minatomirai-dx.co.jp"), note="colleague request for a reply (Shift_JIS); not support")

# ---- reopen of case A (exam history missing)
u_re = ("高橋様\n\n統合ありがとうございました。確認したところ、2022 年 3 月に受験した SAP-C01（不合格）の受験履歴が統合後のアカウントに表示されていません。"
        "合格した認定は問題なく表示されています。\n念のため確認をお願いできますでしょうか。\n\n辻本 遥\n")
M(d(2025, 11, 1, 11, 2), (ME_NAME, ME_P), TC, "Re: " + SUBJ_A,
  P(u_re + "\n2025年10月29日(水) 15:26 AWS Training and Certification <%s>:\n%s\n" % (TC, q(res_a)), "UTF-8", "base64"),
  "user_reply", case=CA, key="A14", irt="A12", crlf=False, note="owner reopens by replying to the resolution")

M(d(2025, 11, 1, 14, 0, UTC), ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
  "Delivery Status Notification (Failure)",
  P("** アドレスが見つかりません **\n\n%s にメールを配信できませんでした。アドレスが見つからないか、メールを受信できないアドレスです。\n\n"
    "The response from the remote server was:\n550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n\n"
    "----- Original message -----\nSubject: Re: 引継ぎ資料の件\nTo: %s\n" % (ME_C, ME_C), "UTF-8", "base64"),
  "unrelated", note="bounce from the closed company mailbox (unrelated subject)")

M(d(2025, 11, 2, 10, 30), ("AWS Training and Certification", TC), ME_P, SUBJ_A,
  P("辻本様\n\nご連絡ありがとうございます。ケース %s を再開いたしました。\n受験履歴の件について確認のうえ、担当者よりあらためてご連絡いたします。\n" % CA
    + SIG_JP, "ISO-2022-JP", "7bit"),
  "acknowledgement", case=CA, key="A15", irt="A14", auth=auth_gmail("amazon.com"),
  note="HARD: 'case reopened, we will contact you' — labelled acknowledgement (request received, nothing asked)")

req_hist = ("辻本様\n\nAWS トレーニングと認定サポートの林と申します。\n受験履歴の調査にあたり、以下を確認させていただきたく存じます。\n\n"
            "・当該試験を受験された際に使用していたメールアドレス\n・受験日（おおよそで構いません）\n・Pearson VUE の登録番号（Registration ID）、お手元に控えがあれば\n\n"
            "上記をご返信いただけますでしょうか。旧アカウントの受験記録と照合いたします。\n\n林\n")
M(d(2025, 11, 3, 13, 45), ("AWS Training and Certification", TC), ME_P, SUBJ_A,
  ALT(req_hist + SIG_JP2, "<html><body>" + req_hist.replace("\n", "<br>\n") + "<br><hr>AWS トレーニングと認定 サポートチーム</body></html>", "UTF-8", "base64"),
  "info_request", reply=True, case=CA, key="A16", irt="A15", auth=auth_gmail("amazon.com"),
  note="bulleted list then ご返信いただけますでしょうか; base64 multipart")

M(d(2025, 11, 3, 21, 0, UTC), ("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
  "AWS Certification wants to hear from you",
  ALT("Hello Haruka,\n\nAs an AWS Certified individual, your opinion matters. Join the AWS Certification subject matter expert community and tell us "
      "how we can improve our exams.\n\nShare your feedback: https://www.certmetrics.com/amazon/survey\n\nAWS Certification\n",
      "<html><body><p>Hello Haruka,</p><p>As an AWS Certified individual, your opinion matters.</p><p><a href=\"https://www.certmetrics.com/amazon/survey\">Share your feedback</a></p></body></html>",
      "us-ascii", "7bit"),
  "certification", auth=auth_gmail("certmetrics.com"),
  note="HARD: feedback request from the certification program, not about a support case -> certification, not survey")

M(d(2025, 11, 3, 2, 46), ("AWS Educate", "aws-cs-educate-form@amazon.com"), ME_P,
  "[CASE %s] [AWS Educate Form Submission] - account-access" % CE,
  P("Hello,\n\nThank you for contacting AWS Educate. We have opened case %s for your request.\n\nCase ID: %s\n\n"
    "We typically respond within 2 business days.\n\nAWS Educate Support\n" % (CE, CE), "us-ascii", "7bit"),
  "unrelated", case=CE, key="E1", auth=auth_gmail("amazon.com"),
  note="HARD: AWS Educate form case ack (other program) -> unrelated; case number recorded anyway")

u_hist = ("林様\n\nご確認ありがとうございます。\n・受験時のメールアドレス: %s\n・受験日: 2022年3月19日 頃\n・Registration ID: 284551902\n\n"
          "旧アカウントの候補 ID は AWS03817264 です。よろしくお願いいたします。\n\n辻本\n" % ME_C)
M(d(2025, 11, 3, 22, 8), (ME_NAME, ME_P), TC, "Re: " + SUBJ_A,
  P(u_hist + "\n2025年11月3日(月) 13:45 AWS Training and Certification <%s>:\n%s\n" % (TC, q(req_hist)), "UTF-8", "quoted-printable"),
  "user_reply", case=CA, cands=["AWS03817264"], key="A17", irt="A16", crlf=False,
  note="owner answer with a 9-digit registration ID (not a case) and a candidate ID")

# ---- console case C (voucher benefit)
M(d(2025, 11, 4, 1, 12, UTC), ("Amazon Web Services", CONSOLE), ME_P,
  "Amazon Web Services: New Support case: %s" % CC,
  P("Dear AWS Customer,\n\nThank you for contacting Amazon Web Services. We have opened case %s to address your issue.\n\n"
    "The details of your case are as follows:\n\nCase ID: %s\nSubject: 統合後に 50%% 割引バウチャーが表示されない\nSeverity: General guidance\n"
    "Correspondence: 認定アカウント統合後、特典ページに 50%% 割引バウチャーが表示されません。統合先: AWS11592038\n\n"
    "We will get back to you as soon as possible.\n" % (CC, CC) + CONSOLE_FOOT_EN % CC, "UTF-8", "quoted-printable"),
  "acknowledgement", case=CC, cands=["AWS11592038"], key="C1", auth=auth_gmail("amazon.com"),
  note="console case ack (English with Japanese subject echoed); footer says address cannot receive mail")

M(d(2025, 11, 4, 9, 40), ("AWS Educate", "aws-cs-educate-form@amazon.com"), ME_P,
  "RE:[CASE %s] [AWS Educate Form Submission] - account-access" % CE,
  P("Hello,\n\nTo restore access, could you please reply from the email address registered with your AWS Educate account "
    "and tell us the name of your school?\n\nThanks,\nAWS Educate Support\n", "us-ascii", "7bit"),
  "unrelated", case=CE, irt="E1", auth=auth_gmail("amazon.com"),
  note="HARD: real AWS request on an Educate case -> unrelated, needs_reply false (not a T&C case)")

c_req = ("お問い合わせいただきありがとうございます。AWS サポートの森です。\n\n"
         "特典の移行状況を確認するため、お手数ですが以下をご確認のうえ、結果をお知らせください。\n\n"
         "1. 統合先アカウントにサインインし、[特典] > [認定特典] を開く\n2. 「50% 割引バウチャー」が一覧に表示されるか、表示される場合は有効期限\n"
         "3. 旧アカウントで最後にバウチャーを確認された日付（わかる範囲で）\n\n"
         "ご返信はサポートセンターのケース画面からお願いいたします。\n\n森\nAmazon Web Services\n")
M(d(2025, 11, 5, 11, 3), ("Amazon Web Services", CONSOLE), ME_P,
  "RE:[CASE %s] 統合後に 50%% 割引バウチャーが表示されない" % CC,
  P("こんにちは、\n\nケース %s について、AWS からの新しい返信があります。\n\n%s" % (CC, c_req) + CONSOLE_FOOT_JP % CC, "UTF-8", "base64"),
  "info_request", reply=True, case=CC, cands=[], key="C2", irt="C1", auth=auth_gmail("amazon.com"),
  note="console case: check-and-report request that must be answered in the Support Center; no-reply footer")

M(d(2025, 11, 5, 15, 15), ("AWS Training and Certification", TC), ME_P, SUBJ_A,
  P("辻本様\n\n受験記録の照合が完了し、該当の受験履歴が旧アカウント側に残っていることを確認いたしました。\n"
    "履歴の移行はシステム上の手作業が必要なため、専門チームへエスカレーションいたしました。作業が完了しましたらお知らせいたします。\n\n林\n" + SIG_JP,
    "ISO-2022-JP", "7bit"),
  "case_update", case=CA, key="A18", irt="A17", auth=auth_gmail("amazon.com"), note="escalated to another team")

M(d(2025, 11, 6, 8, 30), ("Amazon Web Services", "aws-marketing-email-replies@amazon.com"), ME_P,
  "Save 50% on your next AWS Certification exam — limited time",
  H("<html><body><h1>Get certified for less</h1><p>Use code CERT50 at checkout before December 15. Reply to this email with any questions.</p></body></html>"),
  "unrelated", auth=auth_gmail("amazon.com"), note="marketing about vouchers and certification")

res_hist = ("辻本様\n\nお待たせいたしました。専門チームにて作業が完了し、2022 年 3 月の SAP-C01 の受験履歴を統合後のアカウント（AWS11592038）に移行いたしました。\n"
            "[受験履歴] ページにてご確認いただけます。\n\nほかにご不明な点がございましたら、お気軽にお問い合わせください。\n\n林\n")
M(d(2025, 11, 7, 10, 52), ("AWS Training and Certification", TC), ME_P, SUBJ_A,
  P(res_hist + SIG_JP + "\n\n-----Original Message-----\n" + req_hist, "UTF-8", "quoted-printable"),
  "resolved", case=CA, cands=["AWS11592038"], key="A19", irt="A18", auth=auth_gmail("amazon.com"),
  note="reopened request done; old info request pasted below an Outlook separator without > marks")

# ---- case H (benefits question, English agent, closed for no reply)
M(d(2025, 11, 7, 16, 20), (TC_NAME, TC), ME_P,
  "[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits" % CH,
  P("Hello,\n\nThank you for contacting AWS Training and Certification. We have opened case %s.\n\nCase ID: %s\n\n"
    "We aim to respond within 24 hours. To avoid delays, please do not submit a new case for the same request.\n\n"
    "Sincerely,\nAWS Training and Certification\n" % (CH, CH), "us-ascii", "7bit"),
  "acknowledgement", case=CH, key="H1", auth=auth_gmail("amazon.com"), note="English ack for a second T&C case")

M(d(2025, 11, 7, 19, 45), ("Amazon Web Services", CONSOLE), ME_P,
  "RE:[CASE %s] 統合後に 50%% 割引バウチャーが表示されない" % CC,
  P("こんにちは、\n\nケース %s について、AWS からの新しい返信があります。\n\n"
    "お客様\n\nご確認結果のご連絡をお待ちしております。\n本ケースは、ご返信がないまま 3 日が経過すると自動的に解決済みとなります。"
    "解決済みとなった後も 14 日以内であればケースを再開できますが、それ以降は新しいケースの作成が必要です。\n\n森\n" % CC + CONSOLE_FOOT_JP % CC,
    "UTF-8", "base64"),
  "closing_notice", reply=True, case=CC, key="C3", irt="C2", auth=auth_gmail("amazon.com"),
  note="console auto-resolve warning; the reply goes through the Support Center")

h_req = ("Hi Haruka,\n\nThanks for reaching out about the Certification SME Program invitation that appeared on your old account.\n\n"
         "Benefits are tied to the certification that earned them, and after a merge some invitations are re-issued only when the certification is active. "
         "Before I can check this, I need the exact name of the program invitation as it was shown (a screenshot is fine) and the date you received it.\n\n"
         "Kind regards,\nPriya R.\nAWS Training and Certification\n")
M(d(2025, 11, 8, 2, 10, UTC), ("Priya R.", TC), ME_P, SUBJ_H,
  P(h_req, "us-ascii", "7bit"),
  "info_request", reply=True, case=CH, key="H2", irt="H1", auth=auth_gmail("amazon.com"),
  note="English request phrased as 'I need ... before I can check' — no please, no question mark")

M(d(2025, 11, 9, 12, 0), ("Qiita", "noreply@qiita.com"), ME_P,
  "【Qiita】今週のトレンド記事: AWS 認定アカウントを個人に移す手順まとめ",
  H("<html><body><h2>今週のトレンド</h2><ul><li>AWS 認定アカウントを個人に移す手順まとめ</li><li>Terraform 1.10 の新機能</li></ul></body></html>"),
  "unrelated", auth=auth_gmail("qiita.com"), note="newsletter about the same topic")

M(d(2025, 11, 9, 20, 11), ("Haruka Tsujimoto", ME_P), ["sakura.n@example.jp"],
  "Re: AWS認定の移行どうだった？",
  P("さくら\n\n移行は終わったよ。APN の保留で数日かかったけど、確認メールに返信したら翌日には統合された。\nバウチャーはまだサポートと確認中。\n\n遥\n\n"
    "2025年11月9日(日) 18:40 Sakura N <sakura.n@example.jp>:\n> 遥、会社のAWS認定アカウントの移行どうだった？\n", "UTF-8", "base64"),
  "user_reply", crlf=False, note="owner's personal mail to a friend about the topic; no case")

M(d(2025, 11, 10, 10, 18), ("Amazon Web Services", CONSOLE), ME_P,
  "RE:[CASE %s] 統合後に 50%% 割引バウチャーが表示されない" % CC,
  P("こんにちは、\n\nケース %s について、AWS からの新しい返信があります。\n\n"
    "ご確認結果をお送りいただきありがとうございます。\nバウチャーの再発行には認定チームでの作業が必要となるため、担当チームに引き継ぎました。回答まで今しばらくお待ちください。\n\n森\n" % CC
    + CONSOLE_FOOT_JP % CC, "UTF-8", "base64"),
  "case_update", case=CC, key="C4", irt="C3", auth=auth_gmail("amazon.com"),
  note="console: passed to another team; footer still says reply via Support Center (not a request)")

M(d(2025, 11, 10, 3, 30, UTC), ("Amazon Web Services", CONSOLE), ME_P,
  "Amazon Web Services: New Support case: %s" % CF,
  P("Dear AWS Customer,\n\nThank you for contacting Amazon Web Services. We have opened case %s to address your issue.\n\n"
    "Case ID: %s\nSubject: Unexpected charge for NAT Gateway [AWS ID 402918377160]\nSeverity: General guidance\n" % (CF, CF) + CONSOLE_FOOT_EN % CF,
    "us-ascii", "7bit"),
  "unrelated", case=CF, key="F1", auth=auth_gmail("amazon.com"),
  note="HARD: console ack for a billing case (not T&C) -> unrelated")

M(d(2025, 11, 11, 5, 4, UTC), ("Amazon Web Services", CONSOLE), ME_P,
  "RE:[CASE %s] Unexpected charge for NAT Gateway [AWS ID 402918377160]" % CF,
  P("Hello,\n\nThere is a new correspondence from AWS on case %s.\n\nHi,\n\nCould you confirm whether the NAT Gateway in ap-northeast-1 is still needed? "
    "Once you delete it, please let us know via the Support Center and I will review the charges for a possible credit.\n\nBest,\nKevin\nAWS Billing Support\n" % CF
    + CONSOLE_FOOT_EN % CF, "us-ascii", "7bit"),
  "unrelated", case=CF, irt="F1", auth=auth_gmail("amazon.com"),
  note="HARD: billing support asks a question -> unrelated, needs_reply false")

M(d(2025, 11, 11, 22, 30), ("AWS トレーニングと認定", TC), ME_P, "RE:[CASE %s] ご本人確認のため再ログインをお願いします" % CA,
  P("辻本様\n\n統合処理の最終確認のため、以下のリンクから旧アカウントのメールアドレスとパスワードで再度サインインしてください。\n"
    "48 時間以内にサインインがない場合、統合は取り消されます。\n\nhttps://aws-training-verify.support-case.net/login\n\nAWS トレーニングと認定\n",
    "UTF-8", "base64"),
  "suspicious", case=None, auth=auth_gmail("amazon.com", dmarc_fail=True, spf_dom="mailer-jp.net"),
  note="HARD: real sender address and real case number in the subject, but DKIM/DMARC fail and a credential link -> suspicious, case null")

M(d(2025, 11, 12, 14, 25), ("Amazon Web Services", CONSOLE), ME_P,
  "RE:[CASE %s] 統合後に 50%% 割引バウチャーが表示されない" % CC,
  ALT("こんにちは、\n\nケース %s について、AWS からの新しい返信があります。\n\n"
      "認定チームより、50%% 割引バウチャーを統合先アカウント（AWS11592038）に再発行したとの連絡がありました。"
      "有効期限は 2026 年 4 月 30 日です。[特典] ページからご確認いただけます。\n本件はこれにて解決済みとさせていただきます。\n\n"
      "We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.\n\n森\n" % CC
      + CONSOLE_FOOT_JP % CC,
      "<html><body><p>こんにちは、</p><p>ケース %s について、AWS からの新しい返信があります。</p><p>認定チームより、50%% 割引バウチャーを統合先アカウント（AWS11592038）に再発行したとの連絡がありました。"
      "有効期限は 2026 年 4 月 30 日です。</p><p>本件はこれにて解決済みとさせていただきます。</p><p>We value your feedback. Please share your experience by rating this correspondence.</p>"
      "<p><a href=\"https://console.aws.amazon.com/support/home#/case/?displayId=%s\">サポートセンター</a></p></body></html>" % (CC, CC),
      "UTF-8", "quoted-printable"),
  "resolved", case=CC, cands=["AWS11592038"], key="C5", irt="C4", auth=auth_gmail("amazon.com"),
  note="voucher re-issued; English rating footer inside a Japanese resolution")

M(d(2025, 11, 12, 15, 0), ("Amazon Web Services", "aws-support-survey@amazon.com"), ME_P,
  "Your AWS Support experience (case %s)" % CC,
  ALT("Hello,\n\nWe recently resolved case %s. How satisfied were you with the support you received?\n\n1 2 3 4 5\n\nhttps://survey.aws/support?displayId=%s\n" % (CC, CC),
      "<html><body><p>We recently resolved case %s. How satisfied were you?</p><p><a href=\"https://survey.aws/support?displayId=%s\">Rate</a></p></body></html>" % (CC, CC),
      "us-ascii", "7bit"),
  "survey", case=CC, auth=auth_gmail("amazon.com"), note="console survey")

M(d(2025, 11, 12, 9, 15), ("AWS Training and Certification", TC), ME_P, SUBJ_H,
  P("Hello Haruka,\n\nI'm following up on my message from November 8. I still need the program invitation details to continue.\n\n"
    "If we don't hear from you within 5 days, this case will be closed automatically. Replying to this email will reopen it at any time.\n\n"
    "Kind regards,\nPriya R.\n\n-----Original Message-----\n" + h_req, "us-ascii", "7bit"),
  "closing_notice", reply=True, case=CH, key="H3", irt="H2", auth=auth_gmail("amazon.com"),
  note="English reminder + auto-close warning")

M(d(2025, 11, 13, 9, 30), ("Credly", "notifications@credly-badges.com"), ME_P,
  "Action required: your Amazon Web Services badge will be revoked",
  H("<html><body><p>Your AWS badge is pending re-verification after an account merge. Sign in within 24 hours to keep it.</p>"
    "<p><a href=\"https://credly-badges.com/login?next=verify\">Verify now</a></p></body></html>", "UTF-8", "base64"),
  "suspicious", auth=auth_gmail("credly-badges.com"), note="Credly lookalike domain")

M(d(2025, 11, 13, 18, 20), ("AWS Training and Certification", "no-reply@aws.training"), ME_P,
  "Your AWS Skill Builder subscription receipt",
  P("Thank you for your purchase.\n\nAWS Skill Builder Individual subscription (monthly)\nAmount: USD 29.00\nOrder: SB-8823-19044\n", "us-ascii", "7bit"),
  "unrelated", auth=auth_gmail("aws.training"), note="Skill Builder receipt")

M(d(2025, 11, 14, 6, 0, UTC), ("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
  "Your AWS Certified Solutions Architect - Associate certification expires in 90 days",
  ALT("Hello Haruka Tsujimoto (AWS11592038),\n\nYour AWS Certified Solutions Architect - Associate certification expires on 2026-02-12. "
      "To maintain it, pass the current exam or a higher-level exam before that date. Your 50% discount benefit can be applied.\n\nAWS Certification\n",
      "<html><body><p>Hello Haruka Tsujimoto (AWS11592038),</p><p>Your certification expires on 2026-02-12.</p></body></html>", "us-ascii", "7bit"),
  "certification", cands=["AWS11592038"], auth=auth_gmail("certmetrics.com"), note="expiry reminder")

M(d(2025, 11, 14, 20, 40), ("Pearson VUE", "pearsonvue-support@pearson.com"), ME_P,
  "Your case 05544218 has been closed",
  P("Dear Haruka,\n\nYour case 05544218 regarding an OnVUE system test has been closed. If you need further help, reply to this email within 7 days to reopen it.\n\nPearson VUE Customer Service\n",
    "us-ascii", "7bit"),
  "unrelated", auth=auth_gmail("pearson.com"), note="other vendor's case closed / reopen offer")

M(d(2025, 11, 15, 10, 0, UTC), ("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
  "Congratulations on recertifying your AWS Certification!",
  H("<html><body><p>Dear Haruka,</p><p>You have successfully recertified <b>AWS Certified Solutions Architect - Professional</b>. Your new expiration date is 2028-11-13.</p></body></html>"),
  "certification", auth=auth_gmail("certmetrics.com"), note="recertification")

M(d(2025, 11, 15, 10, 20, UTC), ("Credly", "admin@credly.com"), ME_P,
  "You've earned a badge: AWS Certified Solutions Architect - Professional",
  ALT("Congratulations! Amazon Web Services Training and Certification has issued you a badge.\n\nView badge: https://www.credly.com/earner/earned/badge/3e6a1c55-2f7b-4d0c-9c61-8f2b7a0d4e19\n",
      "<html><body><p>Congratulations! Amazon Web Services Training and Certification has issued you a badge.</p></body></html>", "us-ascii", "7bit"),
  "badge", auth=auth_gmail("credly.com"), note="badge")

M(d(2025, 11, 17, 9, 20), ("AWS Training and Certification", TC), ME_P, SUBJ_H,
  P("辻本様\n\nケース %s について、11 月 12 日以降ご返信を確認できなかったため、本ケースをクローズいたしました。\n"
    "引き続きサポートが必要な場合は、このメールにご返信いただければケースが再開されます。その際、前回お願いしたプログラム招待の名称と受信日をお知らせください。\n\n"
    "AWS トレーニングと認定 カスタマーサービス\n" % CH, "ISO-2022-JP", "7bit"),
  "closing_notice", reply=True, case=CH, key="H4", irt="H3", auth=auth_gmail("amazon.com"),
  note="case already closed for silence, reply reopens; Japanese after an English agent")

M(d(2025, 11, 17, 21, 5), ("Haruka Tsujimoto", ME_P), TC, "Re: " + SUBJ_H,
  P("Hello Priya,\n\nSorry for the late reply. The invitation was titled \"AWS Certification Subject Matter Expert Program - Item Writing Workshop\" "
    "and I received it on 2025-06-03 on my old account (AWS03817264). Screenshot attached.\n\nBest regards,\nHaruka Tsujimoto\n\n"
    "On Mon, Nov 17, 2025 at 9:20 AM AWS Training and Certification <%s> wrote:\n> 辻本様\n>\n> ケース %s について、11 月 12 日以降ご返信を確認できなかったため、本ケースをクローズいたしました。\n" % (TC, CH),
    "UTF-8", "quoted-printable"),
  "user_reply", case=CH, cands=["AWS03817264"], key="H5", irt="H4", crlf=False, note="owner reopens case H in English")

M(d(2025, 11, 18, 11, 2), ("AWS Training and Certification", TC), ME_P, SUBJ_H,
  P("Hi Haruka,\n\nThank you - the case has been reopened and I have forwarded the details to the Certification SME team. "
    "They will contact you directly about the invitation; there is nothing you need to do on this case for now.\n\nPriya R.\n", "us-ascii", "7bit"),
  "case_update", case=CH, key="H6", irt="H5", auth=auth_gmail("amazon.com"), note="reopened and passed on; explicitly nothing to do")

M(d(2025, 11, 19, 8, 0), ("AWS Japan", "aws-marketing-email-replies@amazon.com"), ME_P,
  "AWS re:Invent 2025 日本語ハイライトのご案内",
  H("<html><body><p>re:Invent 2025 の注目発表を日本語で解説するオンラインイベントを開催します。</p></body></html>", "UTF-8", "base64"),
  "unrelated", auth=auth_gmail("amazon.com"), note="marketing")

# ============================================================== 2024: case K (same-address duplicate accounts)
CK = "15093318470"
SUBJ_K = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CK
M(d(2024, 6, 3, 19, 12), ("AWS トレーニングと認定", TC), ME_C,
  "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CK,
  P("お客様\n\nお問い合わせを受け付けました。ケース番号は %s です。\n担当者が内容を確認し、順次ご連絡いたします。"
    "同じ内容で新たにお問い合わせいただくと回答が遅れる場合がございますので、ご注意ください。\n\n"
    "お問い合わせ内容:\n同じメールアドレスで AWS 認定アカウントが 2 つあり、Credly に最新の認定が反映されません。AWS03817264 と AWS05561230 の統合をお願いします。\n" % CK
    + SIG_JP, "UTF-8", "base64"),
  "acknowledgement", case=CK, cands=["AWS03817264", "AWS05561230"], key="K1", auth=auth_m365("amazon.com"),
  note="ack that echoes the form text with two candidate IDs (listed: they are in this message's own body, not a quote)")

M(d(2024, 6, 6, 11, 0), ("AWS トレーニングと認定", TC), ME_C, SUBJ_K,
  P("辻本様\n\nお問い合わせいただきありがとうございます。\n現在、お問い合わせが大変混み合っており、ご回答までにお時間をいただいております。"
    "順番に対応しておりますので、恐れ入りますが今しばらくお待ちくださいますようお願い申し上げます。\n" + SIG_JP, "UTF-8", "base64"),
  "case_update", case=CK, key="K2", irt="K1", auth=auth_m365("amazon.com"),
  note="HARD: 'お待ちくださいますようお願い申し上げます' is a polite request to wait, not something to answer -> case_update")

k_conf = ("辻本様\n\nお待たせしました。AWS 認定サポートです。\n\n同じメールアドレスで登録された認定アカウントが 2 件見つかりました。\n\n"
          "Account #1\n  AWS 候補 ID: AWS05561230\n  ログインメール: %s\n  作成日: 2023-02-14\n\n"
          "Account #2\n  AWS 候補 ID: AWS03817264\n  ログインメール: %s\n  作成日: 2019-08-30\n\n"
          "Credly と連携しているのは Account #2 です。Account #2 に統合してよろしいでしょうか？\n"
          "問題なければ、このメールに「Account #2 に統合」と返信してください。\n\n小林\n" % (ME_C, ME_C))
M(d(2024, 6, 10, 16, 44), ("AWS トレーニングと認定", TC), ME_C, SUBJ_K,
  P(k_conf + SIG_JP, "Shift_JIS", "base64"),
  "confirmation_request", reply=True, case=CK, cands=["AWS05561230", "AWS03817264"], key="K3", irt="K2",
  auth=auth_m365("amazon.com"), note="Shift_JIS, question + plain 返信してください; merge into Account #2 (not #1)")

M(d(2024, 6, 13, 10, 30), ("AWS トレーニングと認定", TC), ME_C, SUBJ_K,
  P("辻本様\n\n先日ご連絡した統合先アカウントのご確認について、ご返信をお待ちしております。\n"
    "6 月 20 日までにご返信をいただけない場合は、本ケースをクローズさせていただきますので、あらかじめご了承ください。"
    "クローズ後も、本メールにご返信いただくことでケースを再開できます。\n\n小林\n" + SIG_JP + "\n\n" + q(k_conf, "| "), "Shift_JIS", "base64"),
  "closing_notice", reply=True, case=CK, key="K4", irt="K3", auth=auth_m365("amazon.com"),
  note="reminder; quotes the confirmation with '| ' marks (candidate IDs in quote not listed)")

M(d(2024, 6, 13, 12, 55), (ME_NAME, ME_C), TC, "RE: " + SUBJ_K,
  P("小林様\n\nご連絡が遅くなり失礼いたしました。\n「Account #2 に統合」でお願いいたします。\n\n辻本\n\n"
    "2024/06/13 10:30、AWS トレーニングと認定 <%s> のメール:\n「先日ご連絡した統合先アカウントのご確認について、ご返信をお待ちしております。」\n" % TC,
    "ISO-2022-JP", "7bit"),
  "user_reply", case=CK, key="K5", irt="K4", extra=["X-Mailer: Microsoft Outlook 16.0"],
  note="short Japanese confirmation; quote uses 「」 instead of >")

M(d(2024, 6, 14, 9, 8), ("AWS トレーニングと認定", TC), ME_C, SUBJ_K,
  H("<html><body><p>辻本様</p><p>ご確認ありがとうございました。<br>Account #1 を Account #2（AWS03817264）に統合いたしました。"
    "Credly には今後取得された認定も反映されるようになります。</p><p>本ケースはこれにて完了とさせていただきます。今後ともよろしくお願いいたします。</p>"
    "<p>小林<br>AWS トレーニングと認定</p>"
    "<div style=\"border-left:2px solid #ccc;padding-left:8px;color:#666\">Account #2 に統合してよろしいでしょうか？<br>問題なければ、このメールに「Account #2 に統合」と返信してください。</div>"
    "</body></html>", "UTF-8", "base64"),
  "resolved", case=CK, cands=["AWS03817264"], key="K6", irt="K5", auth=auth_m365("amazon.com"),
  note="HTML-only resolution with the old question in a styled blockquote")

M(d(2024, 6, 14, 9, 40), ("Credly", "admin@credly.com"), ME_C,
  "Amazon Web Services Training and Certification issued you a new badge",
  ALT("AWS Certified Developer - Associate\n\nAccept: https://www.credly.com/earner/earned/badge/77f3e2a1-5b6c-4d8e-9f0a-1b2c3d4e5f60\n",
      "<html><body><p>AWS Certified Developer - Associate</p></body></html>", "us-ascii", "7bit"),
  "badge", auth=auth_m365("credly.com"), note="badge right after the merge")

# ============================================================== extras (2025)
M(d(2025, 10, 28, 19, 48), ("AWS Training and Certification", TC), ME_P, SUBJ_A,
  P("お客様\n\nご返信を受け付けました。担当者が確認のうえ、順次ご連絡いたします。本メールは自動送信です。\n\n" + "Case ID: %s\n" % CA + SIG_JP,
    "ISO-2022-JP", "7bit"),
  "acknowledgement", case=CA, key="A10b", irt="A10", auth=auth_gmail("amazon.com"), extra=["Auto-Submitted: auto-replied"],
  note="automatic 'reply received' on an existing case")

M(d(2025, 11, 1, 9, 0), ("AWS Training and Certification", "aws-cs-trainingcertification-survey@amazon.com"), ME_P,
  "【リマインダー】アンケートのお願い（ケース %s）" % CA,
  P("辻本 遥 様\n\n先日お送りしたアンケートへのご回答がまだのようでしたので、再度ご案内いたします。ご協力いただけますと幸いです。\n"
    "https://survey.amazon.com/t/jp7Yt2?case=%s\n\n回答期限: 2025 年 11 月 14 日\n" % CA, "ISO-2022-JP", "7bit"),
  "survey", case=CA, auth=auth_gmail("amazon.com"),
  note="HARD: survey reminder in the same 〜いただけますと幸いです keigo as real requests")

M(d(2025, 11, 6, 21, 10), ("Amazon.co.jp", "auto-confirm@amazon.co.jp"), ME_P,
  "Amazon.co.jp ご注文の確認 「AWS認定資格試験テキスト AWS認定ソリューションアーキテクト-プロフェッショナル」",
  H("<html><body><p>辻本 遥 様</p><p>Amazon.co.jp をご利用いただき、ありがとうございます。ご注文番号: 250-3318821-4410233</p></body></html>", "UTF-8", "base64"),
  "unrelated", auth=auth_gmail("amazon.co.jp"), note="Amazon retail order (not AWS) with AWS certification in the subject")

M(d(2025, 11, 8, 9, 0, UTC), ("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
  "Your AWS Certification benefit is ready",
  P("Hello Haruka,\n\nA 50% discount voucher is available in your AWS Certification Account under Benefits.\nVoucher code: CERTF-7KQ2-99XM\n\nAWS Certification\n", "us-ascii", "7bit"),
  "certification", auth=auth_gmail("certmetrics.com"),
  note="HARD: benefit notice from the program, not the support case about the voucher")

M(d(2025, 11, 16, 4, 0, UTC), ("Amazon Web Services", CONSOLE), ME_P,
  "RE:[CASE %s] Unexpected charge for NAT Gateway [AWS ID 402918377160]" % CF,
  P("Hello,\n\nWe haven't heard back from you regarding case %s, so the case has been resolved. "
    "You can reopen it within 14 days from the Support Center.\n" % CF + CONSOLE_FOOT_EN % CF, "us-ascii", "7bit"),
  "unrelated", case=CF, irt="F1", auth=auth_gmail("amazon.com"),
  note="HARD: billing console case auto-resolved for silence -> unrelated (not a T&C case)")

M(d(2025, 11, 10, 12, 30), ("AWS Training and Certification", TC), ME_P, SUBJ_H,
  P("Haruka 様\n\nPriya からのご依頼について補足いたします。スクリーンショットが難しい場合は、招待メールの件名だけでも構いません。"
    "ご返信をお待ちしております。\n\n山口（日本語サポート）\n", "UTF-8", "quoted-printable"),
  "info_request", reply=True, case=CH, key="H2b", irt="H2", auth=auth_gmail("amazon.com"),
  note="a second agent restates the request in Japanese, only 'ご返信をお待ちしております' as the ask")

# ---------------------------------------------------------------- writing
def msgid(m, n):
    frm = m["frm"][1]
    if frm in (ME_P,):
        return "<CAKx%dTq9s%03dW+%dmZr=Hj@mail.gmail.com>" % (n * 31, n, n * 977)
    if frm == ME_C:
        return "<TYCPR01MB%05d%03dA1B2C3D4E5@TYCPR01MB%04d.jpnprd01.prod.outlook.com>" % (n * 13, n, 8800 + n)
    dom = frm.split("@")[1]
    if dom == "amazon.com":
        return "<0106019a%08x-%04x-4c1e-9b7a-%012x-000000@ap-northeast-1.amazonses.com>" % (n * 104729, n, n * 7777771)
    return "<%d.%d.%s@%s>" % (n * 48271, 1700000000 + n, "JavaMail" if n % 2 else "mx", dom)


def main():
    for f in os.listdir(OUT):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(OUT, f))
    order = sorted(range(len(MSGS)), key=lambda i: MSGS[i]["date"])
    ids, parents = {}, {}
    counts = collections.Counter()
    rows = []
    for n, i in enumerate(order, 1):
        m = MSGS[i]
        mid = msgid(m, n)
        if m["key"]:
            ids[m["key"]] = mid
        refs = []
        if m["irt"]:
            assert m["irt"] in ids, (m["subject"], m["irt"])
            refs = parents.get(m["irt"], []) + [ids[m["irt"]]]
        if m["key"]:
            parents[m["key"]] = refs
        cs_h = m["cs"] if m["cs"] in ("ISO-2022-JP", "Shift_JIS") else "UTF-8"
        to = m["to"] if isinstance(m["to"], list) else [m["to"]]
        H = []
        me_sent = m["frm"][1] in (ME_P, ME_C)
        rcpt = to[0]
        if not me_sent:
            H.append("Return-Path: <bounce-%d@%s>" % (n, m["frm"][1].split("@")[1]))
            H.append("Received: from mail-%d.%s (mail-%d.%s [54.240.27.%d])\n        by %s with ESMTPS id x%dsi%d\n        for <%s>; %s"
                     % (n, m["frm"][1].split("@")[1], n, m["frm"][1].split("@")[1], n % 250,
                        "mx.google.com" if ME_P in to else "TY3PEPF0000A1B2.mail.protection.outlook.com",
                        n * 3, n * 7, rcpt, email_date(m["date"])))
            if m["auth"]:
                H.append(m["auth"])
        H.append("Date: " + email_date(m["date"]))
        H.append("From: " + addr(m["frm"][0], m["frm"][1], cs_h))
        H.append("To: " + ", ".join(to))
        H.append("Message-ID: " + mid)
        if refs:
            H.append("In-Reply-To: " + refs[-1])
            H.append("References: " + "\n ".join(refs))
        H.append("Subject: " + ehdr(m["subject"], cs_h))
        H.append("MIME-Version: 1.0")
        H.extend(m["extra"])
        bh, body = build_body(m["body"], n)
        H.extend(bh)
        text = "\n".join(H) + "\n\n" + body
        if not text.endswith("\n"):
            text += "\n"
        if m["crlf"]:
            text = text.replace("\r\n", "\n").replace("\n", "\r\n")
        with open(os.path.join(OUT, "%03d-msg.eml" % n), "wb") as fh:
            fh.write(text.encode("latin-1"))
        label = {"kind": m["kind"], "needs_reply": m["reply"], "case": m["case"], "candidate_ids": m["cands"]}
        with open(os.path.join(OUT, "%03d-msg.json" % n), "w") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        counts[m["kind"]] += 1
        rows.append((n, m))
    for k in sorted(counts):
        print("%-22s %d" % (k, counts[k]))
    print("total %d, needs_reply %d" % (len(order), sum(1 for m in MSGS if m["reply"])))
    return rows


def email_date(dt):
    from email.utils import format_datetime
    return format_datetime(dt)


if __name__ == "__main__":
    rows = main()
    if os.environ.get("TABLE"):
        for n, m in rows:
            print("| %03d | %s | %s | %s | %s |" % (n, m["kind"], "yes" if m["reply"] else "no",
                  m["subject"].replace("|", "/")[:70], m["note"].replace("|", "/")))
